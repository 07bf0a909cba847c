// An outside system's calls to the hub, made with the npm "soap" library (WSDL read from the hub, WS-Security
// UsernameToken with the library's defaults unless a step says otherwise). Used by SoapInteropIT; also by hand:
//   HUB=http://127.0.0.1:8181 STATUS=user:password COUNTER=user:password REGISTERS=user:password \
//     node soap-interop.js story
//   HUB=... STATUS=user:password node soap-interop.js load <seconds> <callers> <id prefix>
// Prints one flat JSON object a line: {"step": ..., "ok": true|false, ...}.
'use strict';
const soap = require('soap');

const hub = process.env.HUB || 'http://127.0.0.1:8181';
const out = (o) => console.log(JSON.stringify(o));
// no call waits longer than this for its answer (the library's default is to wait for ever)
const TIMEOUT = 30000;
const WSDL = { disableCache: true, wsdl_options: { timeout: TIMEOUT } };
const CALL = { timeout: TIMEOUT };

function credentials(name) {
  const v = process.env[name];
  if (!v || v.indexOf(':') < 0) {
    throw new Error('set ' + name + '=user:password');
  }
  const i = v.indexOf(':');
  return [v.slice(0, i), v.slice(i + 1)];
}

function fault(e) {
  const f = e && e.root && e.root.Envelope && e.root.Envelope.Body && e.root.Envelope.Body.Fault;
  if (f) {
    return { faultcode: String(f.faultcode), faultstring: String(f.faultstring) };
  }
  return { error: String((e && (e.code || e.message)) || e) };
}

// options undefined: new soap.WSSecurity(user, password) — the library's defaults (PasswordText, a wsu:Timestamp,
// a Created in the token, no Nonce)
async function client(path, who, options) {
  const [user, password] = credentials(who);
  const c = await soap.createClientAsync(hub + path + '?wsdl', WSDL);
  c.setEndpoint(hub + path);
  c.setSecurity(options === undefined ? new soap.WSSecurity(user, password)
    : new soap.WSSecurity(user, password, options));
  return c;
}

async function step(name, fn) {
  try {
    out(Object.assign({ step: name, ok: true }, await fn()));
  } catch (e) {
    out(Object.assign({ step: name, ok: false }, fault(e)));
  }
}

async function status(c, requestId) {
  const [r] = await c.GetStatusAsync({ requestId: requestId }, CALL);
  return { requestId: r.receipt.requestId, overall: r.overall, components: r.component.length };
}

async function story() {
  const stamp = Date.now().toString(36);
  await step('status-defaults', async () => status(await client('/cxf/hub/status', 'STATUS'), 'np-d-' + stamp));
  await step('status-nonce', async () =>
    status(await client('/cxf/hub/status', 'STATUS', { hasNonce: true }), 'np-n-' + stamp));
  await step('status-token-only', async () =>
    status(await client('/cxf/hub/status', 'STATUS', { hasTimeStamp: false, hasTokenCreated: false }), 'np-t-' + stamp));
  await step('status-digest', async () =>
    status(await client('/cxf/hub/status', 'STATUS', { passwordType: 'PasswordDigest', hasNonce: true }), 'np-g-' + stamp));
  await step('status-wrong-password', async () => {
    const [user] = credentials('STATUS');
    const c = await soap.createClientAsync(hub + '/cxf/hub/status?wsdl', WSDL);
    c.setEndpoint(hub + '/cxf/hub/status');
    c.setSecurity(new soap.WSSecurity(user, 'not-the-password'));
    return status(c, 'np-w-' + stamp);
  });
  const key = 'NP-' + stamp.toUpperCase();
  const today = new Date().toISOString().slice(0, 10);
  await step('register-put', async () => {
    const c = await client('/cxf/hub/enforcement', 'REGISTERS');
    const [r] = await c.PutRegisterEntryAsync({
      requestId: 'np-r-' + stamp, operator: 'staff-np', register: 'ENFORCEMENT_ITEM', key: key, effectiveFrom: today,
      field: [{ name: '事项名称', value: '对非法占用土地的行政处罚' }, { name: '实施主体', value: '长治市自然资源局' },
        { name: '职责', value: '土地执法' }, { name: '职权类别', value: '行政处罚' },
        { name: '法定依据', value: '《中华人民共和国土地管理法》第七十七条' }]
    }, CALL);
    return { key: r.entry.key, version: Number(r.entry.version) };
  });
  await step('register-bad-date', async () => {
    const c = await client('/cxf/hub/enforcement', 'REGISTERS');
    await c.PutRegisterEntryAsync({
      requestId: 'np-b-' + stamp, operator: 'staff-np', register: 'ENFORCEMENT_ITEM', key: key + 'X',
      effectiveFrom: 'not-a-date', field: [{ name: '事项名称', value: 'x' }]
    }, CALL);
    return {};
  });
  await step('hall-list', async () => {
    const c = await client('/cxf/hall/window', 'COUNTER');
    const [r] = await c.ListEnforcementItemsAsync({ requestId: 'np-h-' + stamp }, CALL);
    const items = r.item ? (Array.isArray(r.item) ? r.item : [r.item]) : [];
    const mine = items.find((i) => i.key === key);
    const name = mine && (Array.isArray(mine.field) ? mine.field : [mine.field]).find((f) => f.name === '事项名称');
    return { items: items.length, found: Boolean(mine), name: name ? name.value : null };
  });
}

// callers call GetStatus one after another for the given seconds; the requestIds answered go to the file named
// by ANSWERED (one a line), the summary to stdout (refusals counted by fault text or transport error)
async function load(seconds, callers, prefix) {
  const until = Date.now() + seconds * 1000;
  const answered = [];
  const refused = {};
  let calls = 0;
  const one = async (n) => {
    let c = null;
    for (let i = 0; Date.now() < until; i++) {
      const id = prefix + n + '-' + i;
      calls++;
      try {
        if (c === null) {
          c = await client('/cxf/hub/status', 'STATUS');
        }
        const r = await status(c, id);
        answered.push(r.requestId);
      } catch (e) {
        const f = fault(e);
        const k = f.faultcode ? f.faultstring : 'transport ' + f.error;
        refused[k] = (refused[k] || 0) + 1;
        if (!f.faultcode) {
          c = null; // the WSDL is read again once the hub answers
          await new Promise((res) => setTimeout(res, 200));
        }
      }
    }
  };
  await Promise.all(Array.from({ length: callers }, (_, n) => one(n)));
  if (process.env.ANSWERED) {
    require('fs').writeFileSync(process.env.ANSWERED, answered.join('\n') + '\n');
  }
  out({ step: 'load', ok: true, calls: calls, answered: answered.length,
    refused: Object.keys(refused).map((k) => k + ' ×' + refused[k]).join('; ') });
}

(async () => {
  const mode = process.argv[2] || 'story';
  if (mode === 'load') {
    await load(Number(process.argv[3] || 10), Number(process.argv[4] || 4), process.argv[5] || 'np-load-');
  } else {
    await story();
  }
})().catch((e) => {
  out({ step: 'fatal', ok: false, error: String(e && e.stack || e) });
  process.exit(1);
});
