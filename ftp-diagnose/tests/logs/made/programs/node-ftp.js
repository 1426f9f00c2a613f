// A Node.js program using the ftp package (node-ftp) with its debug output on.
// Usage: node node-ftp.js HOST PORT USER PASSWORD (get REMOTE | put LOCAL REMOTE | list DIR |
//        idle SECONDS) [secure | secure-insecure (TLS, the certificate not checked)]
const Client = require('ftp');
const fs = require('fs');
const path = require('path');

const [host, port, user, password, action, ...rest] = process.argv.slice(2);
const last = rest[rest.length - 1];
const secure = last === 'secure' || last === 'secure-insecure';
const secureOptions = last === 'secure-insecure' ? { rejectUnauthorized: false } : undefined;
if (secure) rest.pop();

const c = new Client();
c.on('ready', () => {
  const done = (err) => {
    if (err) console.error('FTP error:', err);
    c.end();
  };
  if (action === 'get') {
    c.get(rest[0], (err, stream) => {
      if (err) return done(err);
      stream.once('close', () => { console.log('downloaded ' + rest[0]); c.end(); });
      stream.pipe(fs.createWriteStream(path.basename(rest[0])));
    });
  } else if (action === 'put') {
    c.put(rest[0], rest[1], (err) => {
      if (!err) console.log('uploaded ' + rest[1]);
      done(err);
    });
  } else if (action === 'list') {
    c.list(rest[0], (err, list) => {
      if (!err) console.dir(list.map((e) => e.name));
      done(err);
    });
  } else if (action === 'idle') {
    setTimeout(() => {
      c.list((err, list) => {
        if (!err) console.dir(list.map((e) => e.name));
        done(err);
      });
    }, Number(rest[0]) * 1000);
  }
});
c.on('error', (err) => {
  console.error('FTP error:', err);
});
c.connect({ host, port: Number(port), user, password, secure, secureOptions, debug: console.log });
