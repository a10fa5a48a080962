// A webhook receiver for bench/cluster, on 127.0.0.1: every POST is verified with the Standard
// Webhooks reference library (signature, and a timestamp within its 5-minute tolerance) and kept;
// GET /stats answers what arrived. A request that does not verify is answered 400 and counted.
//
//   WEBHOOK_SECRET=whsec_... node receiver.mjs PORT
import http from "node:http";
import { Webhook } from "standardwebhooks";

const port = Number(process.argv[2] ?? process.env.PORT ?? 0);
const webhook = new Webhook(process.env.WEBHOOK_SECRET);
const events = [];
const seen = new Set();
let invalid = 0;
let duplicates = 0;

const server = http.createServer((request, response) => {
  if (request.method === "GET" && request.url === "/stats") {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ received: events.length + invalid, valid: events.length, invalid, duplicates, events }));
    return;
  }
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    try {
      const payload = webhook.verify(body, request.headers);
      const id = request.headers["webhook-id"];
      if (seen.has(id)) {
        duplicates++;
      }
      seen.add(id);
      events.push({ id, path: request.url, receivedAt: Date.now(), ...payload.data, type: payload.type });
      response.writeHead(204);
    } catch (error) {
      invalid++;
      console.error(`invalid webhook: ${error.message}`);
      response.writeHead(400);
    }
    response.end();
  });
});

server.listen(port, "127.0.0.1", () => {
  console.log(`listening on ${server.address().port}`);
});
