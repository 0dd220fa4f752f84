#!/usr/bin/env node
// The SDK warns Node 20 users about its own future releases; scanner supports Node 20, so the
// warning would only add noise to every scan's stderr.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { main } = await import('../dist/src/cli/main.js');
await main();
