import { createHash } from 'node:crypto';
import { escapeHtml } from '../http/escapeHtml.js';
import type { SandboxResponse } from '../SandboxRequest.js';

/**
 * BigCommerce's image sizes in stencil URLs: `{w}x{h}`, `{w}w` or `original`
 * (e.g. `/images/stencil/500x659/products/81/288/photo.jpg`).
 */
function parseSize(size: string): { width: number; height: number } | null {
  if (size === 'original') return { width: 1200, height: 1200 };
  const box = /^(\d{1,4})x(\d{1,4})$/.exec(size);
  if (box) return { width: Number(box[1]), height: Number(box[2]) };
  const wide = /^(\d{1,4})w$/.exec(size);
  if (wide) return { width: Number(wide[1]), height: Number(wide[1]) };
  return null;
}

/** A stable hue from the product and image ids, so every image of a product has its own colour. */
function hue(productId: number, imageId: number): number {
  return createHash('sha256').update(`${productId}:${imageId}`).digest().readUInt16BE(0) % 360;
}

/**
 * `GET /images/stencil/{size}/products/{productId}/{imageId}/{file}.svg`: a generated product picture
 * (a card in a colour derived from the product's colour and the ids, with its English name), so the demo catalog has images offline.
 */
export function productImage(params: { size: string; productId: string; imageId: string }, product: ImageProduct | null): SandboxResponse | null {
  const size = parseSize(params.size);
  if (!size || !/^\d{1,9}$/.test(params.productId) || !/^\d{1,9}$/.test(params.imageId)) return null;
  const width = Math.min(Math.max(size.width, 16), 2560);
  const height = Math.min(Math.max(size.height, 16), 2560);
  const h = hue(Number(params.productId), Number(params.imageId));
  const label = product?.name ?? `Product ${params.productId}`;
  // The seed's colour for the product's first image, a derived hue for the others and unknown products.
  const base = product?.color && /^#[0-9a-fA-F]{6}$/.test(product.color) && Number(params.imageId) % 10 === 1 ? product.color : `hsl(${h},65%,62%)`;
  // Shrinks long names so they fit the width (about 0.55 em per character in a sans-serif font).
  const fontSize = Math.max(8, Math.round(Math.min(Math.min(width, height) / 12, (width * 0.9) / (label.length * 0.55))));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}">
<defs><linearGradient id="shade" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.35"/></linearGradient></defs>
<rect width="100%" height="100%" fill="${base}"/>
<rect width="100%" height="100%" fill="url(#shade)"/>
<circle cx="${width / 2}" cy="${height * 0.42}" r="${Math.min(width, height) * 0.2}" fill="#ffffff" fill-opacity="0.25"/>
<text x="50%" y="${height * 0.8}" text-anchor="middle" font-family="system-ui, sans-serif" font-size="${fontSize}" fill="#ffffff">${escapeHtml(label)}</text>
</svg>`;
  return {
    status: 200,
    headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff' },
    body: svg,
  };
}

/** What an image shows of its product: the English name and the seed's colour. */
export interface ImageProduct {
  name: string;
  color: string | null;
}
