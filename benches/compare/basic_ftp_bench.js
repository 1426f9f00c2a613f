// Node's basic-ftp reading reply streams: parseControlResponse over the text in 64 KiB chunks.
//
// node basic_ftp_bench.js PASSES NAME=FILE...  prints one JSON line per stream.
const fs = require("fs");
const { parseControlResponse } = require("basic-ftp/dist/parseControlResponse");
const { version } = require("basic-ftp/package.json");

function readAll(text) {
    let replies = 0;
    let rest = "";
    // The client sees the control connection in socket-sized chunks.
    for (let start = 0; start < text.length; start += 65536) {
        const parsed = parseControlResponse(rest + text.slice(start, start + 65536));
        replies += parsed.messages.length;
        rest = parsed.rest;
    }
    return replies;
}

const passes = Number(process.argv[2]);
const label = `Node ${process.versions.node} basic-ftp ${version} parseControlResponse`;
for (const stream of process.argv.slice(3)) {
    const [name, path] = stream.split("=");
    const data = fs.readFileSync(path);
    const text = data.toString("latin1");
    const seconds = [];
    let replies = 0;
    for (let i = 0; i < passes; i++) {
        const start = process.hrtime.bigint();
        replies = readAll(text);
        seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
    }
    console.log(JSON.stringify({ implementation: label, stream: name, bytes: data.length, replies, seconds }));
}
