// A crawler file from @bc-headless/core/seo (src/lib/server/crawlerFiles.ts).
export { crawlerFile as GET } from '#lib/server/crawlerFiles.ts';
