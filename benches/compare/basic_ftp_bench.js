// Node's basic-ftp reading the benchmark stream: parseControlResponse over the text in chunks.
const fs = require("fs");
const { parseControlResponse } = require("basic-ftp/dist/parseControlResponse");

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

const data = fs.readFileSync(process.argv[2]);
const text = data.toString("latin1");
const times = [];
let replies = 0;
for (let i = 0; i < 11; i++) {
    const start = process.hrtime.bigint();
    replies = readAll(text);
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
}
times.sort((a, b) => a - b);
const rate = data.length / times[Math.floor(times.length / 2)] / 1e6;
console.log(`${"Node basic-ftp parseControlResponse".padEnd(34)} ${rate.toFixed(1).padStart(9)} MB/s  ${replies} replies`);
