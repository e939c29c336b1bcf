import { localize } from '../../catalog/createCatalog.js';
import type { SeedBlog, SeedBlogPost } from '../../catalog/SeedStorefrontContent.js';
import { paginate, type PageArgs } from '../connection.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { dateTimeExtended, nodeId } from './money.js';
import { plainTextSummary } from './plainTextSummary.js';
import { seoView } from './seoView.js';

/** Storefront path of a blog post: under the blog's path. */
export function blogPostPath(blog: SeedBlog, post: SeedBlogPost): string {
  return `/${blog.slug}/${post.slug}/`;
}

/** The `BlogPost` view. */
export function blogPostView(ctx: GraphQLContext, blog: SeedBlog, post: SeedBlogPost) {
  const html = localize(post.htmlBody, ctx.locale);
  return {
    __typename: 'BlogPost',
    entityId: post.entityId,
    id: nodeId('BlogPost', post.entityId),
    name: localize(post.name, ctx.locale),
    path: blogPostPath(blog, post),
    author: post.author ?? null,
    htmlBody: html,
    plainTextSummary: ({ characterLimit }: { characterLimit?: number | null }) => plainTextSummary(html, characterLimit),
    publishedDate: dateTimeExtended(Date.parse(post.publishedDate)),
    tags: post.tags,
    seo: seoView(post.seo, ctx.locale),
    // The sandbox generates product pictures only; posts have no thumbnail.
    thumbnailImage: null,
  };
}

/** The `Blog` view: its posts newest first by default, filterable by ids and tags. */
export function blogView(ctx: GraphQLContext, blog: SeedBlog) {
  const index = ctx.store.catalog.webPages.find((p) => p.type === 'BLOG');
  return {
    __typename: 'Blog',
    id: nodeId('Blog', blog.slug),
    name: localize(blog.name, ctx.locale),
    description: localize(blog.description, ctx.locale),
    path: `/${blog.slug}/`,
    isVisibleInNavigation: index?.isVisibleInNavigation ?? true,
    post: ({ entityId }: { entityId: number }) => {
      const post = blog.posts.find((p) => p.entityId === entityId);
      return post ? blogPostView(ctx, blog, post) : null;
    },
    posts: (args: PageArgs & { filters?: { entityIds?: number[] | null; tags?: string[] | null } | null; sort?: string | null }) => {
      let list = [...blog.posts];
      const { entityIds, tags } = args.filters ?? {};
      if (entityIds?.length) list = list.filter((p) => entityIds.includes(p.entityId));
      if (tags?.length) list = list.filter((p) => p.tags.some((t) => tags.includes(t)));
      const newestFirst = (args.sort ?? 'NEWEST') === 'NEWEST';
      list.sort((a, b) => (Date.parse(b.publishedDate) - Date.parse(a.publishedDate)) * (newestFirst ? 1 : -1));
      return paginate(list, args, (p) => blogPostView(ctx, blog, p), 'Blog.posts');
    },
  };
}
