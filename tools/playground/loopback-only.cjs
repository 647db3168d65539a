// Preloaded into the Agents Playground (node -r ./loopback-only.cjs): keeps it on this machine.
// The Playground listens on all interfaces by default and, without --disable-telemetry, reports to Application
// Insights and probes a cloud metadata address; the flags stop those, and this guard makes the rule hold even if a
// later version adds a call: servers bind to 127.0.0.1 only, and connections or DNS look-ups for anything but
// loopback fail before a packet is sent.
'use strict';
const net = require('net');
const dns = require('dns');

const isLoopback = (host) =>
  host === undefined || host === null || host === '' ||
  host === 'localhost' || host === '::1' || host === '::ffff:127.0.0.1' || /^127\.\d+\.\d+\.\d+$/.test(host);

const blocked = (what) => {
  const error = new Error(`Blocked ${what}: the Playground stays on loopback.`);
  error.code = 'ECONNREFUSED';
  process.stderr.write(`[loopback-only] ${error.message}\n`);
  return error;
};

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const [first, second] = args;
  if (first !== null && typeof first === 'object' && !Array.isArray(first) &&
      first.path === undefined && first.handle === undefined && first.fd === undefined && first._handle === undefined) {
    args[0] = { ...first, host: first.host && isLoopback(first.host) ? first.host : '127.0.0.1' };
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    if (typeof second === 'string') args[1] = isLoopback(second) ? second : '127.0.0.1';
    else args.splice(1, 0, '127.0.0.1');
  }
  return listen.apply(this, args);
};

// net.connect() hands Socket#connect its normalised arguments as one array; http, https and tls all end up here.
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = first !== null && typeof first === 'object' ? first : null;
  const isPipe = options ? typeof options.path === 'string' : typeof first === 'string' && !/^\d+$/.test(first);
  const host = options ? options.host : (Array.isArray(args[0]) ? undefined : args[1]);
  if (!isPipe && typeof host === 'string' && !isLoopback(host)) {
    const error = blocked(`connection to ${host}`);
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function (hostname, ...rest) {
  if (isLoopback(hostname)) return lookup.call(this, hostname, ...rest);
  const callback = rest[rest.length - 1];
  const error = blocked(`DNS look-up of ${hostname}`);
  if (typeof callback === 'function') process.nextTick(() => callback(error));
  return {};
};
const promisesLookup = dns.promises.lookup;
dns.promises.lookup = function (hostname, ...rest) {
  return isLoopback(hostname) ? promisesLookup.call(this, hostname, ...rest) : Promise.reject(blocked(`DNS look-up of ${hostname}`));
};
for (const method of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveTxt', 'resolveSrv']) {
  const original = dns[method];
  if (typeof original !== 'function') continue;
  dns[method] = function (hostname, ...rest) {
    if (isLoopback(hostname)) return original.call(this, hostname, ...rest);
    const callback = rest[rest.length - 1];
    const error = blocked(`DNS query for ${hostname}`);
    if (typeof callback === 'function') process.nextTick(() => callback(error));
    return undefined;
  };
}
