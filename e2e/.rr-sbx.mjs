import { createSandbox } from '@bc-headless/sandbox';
const s = await createSandbox({ port: 0, logger: { error(){}, warn(){}, info(){}, log(){} } });
console.log('SANDBOX ' + s.url);
setInterval(() => {}, 1 << 30);
