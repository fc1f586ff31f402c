// The kiosk page: one person after another on a shared device. Everything of the person
// here now lives in this page and in a kiosk log-in on the server; "Finish and clear",
// the end of the interview or a silent "Still there?" end that log-in and load the start
// screen again in place (location.replace: no history entry to go Back to).
// Server text is only ever put into the page with textContent.
import { clientId, el } from "./app.js";

const data = document.body.dataset;
const idleMs = Number(data.idleS) * 1000;
const graceMs = Number(data.graceS) * 1000;
const DONE_CLEAR_MS = 10000;
const PING_EVERY_MS = 30000; // typing counts as activity on the server too
const $ = (id) => document.getElementById(id);
const T = JSON.parse(data.text || "{}"); // this page's words, in the job's language
const t = (key) => T[key] || key;

let interview = null;
let idleTimer = null;
let graceTimer = null;
let lastPing = Date.now();

class Refused extends Error {}

async function call(method, url, body) {
  const init = { method, credentials: "same-origin", headers: { Accept: "application/json" } };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const res = await fetch(url, init);
  if (res.status === 401) {
    clearScreen(); // the kiosk log-in ended: back to the start screen
    throw new Refused("The session ended.");
  }
  if (!res.ok) {
    let detail = `The server answered ${res.status}.`;
    try {
      const answer = await res.json();
      if (answer && typeof answer.detail === "string") detail = answer.detail;
    } catch (_) { /* not JSON */ }
    throw new Refused(detail);
  }
  return res.json();
}

function clearScreen() {
  location.replace(location.pathname);
}

async function finish() {
  clearTimeout(idleTimer);
  clearTimeout(graceTimer);
  try {
    await fetch("/api/kiosk/finish", { method: "POST", credentials: "same-origin" });
  } finally {
    clearScreen();
  }
}

// -- idle: "Still there?" -----------------------------------------------------------------

function armIdle() {
  clearTimeout(idleTimer);
  if (!interview) return;
  idleTimer = setTimeout(askStillThere, idleMs);
}

function activity() {
  if ($("still-there").open) return; // only the dialog's button answers it
  armIdle();
  if (interview && Date.now() - lastPing > PING_EVERY_MS) {
    lastPing = Date.now();
    call("GET", "/api/me").catch(() => {});
  }
}

function askStillThere() {
  const dialog = $("still-there");
  let left = Math.round(graceMs / 1000);
  $("countdown").textContent = String(left);
  dialog.showModal();
  $("still-here").focus();
  const tick = () => {
    left -= 1;
    $("countdown").textContent = String(Math.max(left, 0));
    if (left <= 0) finish();
    else graceTimer = setTimeout(tick, 1000);
  };
  graceTimer = setTimeout(tick, 1000);
}

async function stillHere() {
  clearTimeout(graceTimer);
  $("still-there").close();
  lastPing = Date.now();
  await call("GET", "/api/me").catch(() => {});
  armIdle();
  $("answer").focus();
}

// -- the interview --------------------------------------------------------------------------

function render() {
  const log = $("log");
  log.replaceChildren(
    ...interview.messages.map((m) =>
      el("div", { class: `msg ${m.role}` },
        el("span", { class: "who", text: m.role === "candidate" ? t("you") : t("interviewer") }),
        el("p", { class: "text", text: m.text })),
    ),
  );
  log.scrollTop = log.scrollHeight;
  const items = interview.checklist || [];
  const done = items.filter((i) => i.complete).length;
  $("progress").textContent = items.length
    ? t("answered").replace("{done}", String(done)).replace("{total}", String(items.length))
    : "";
  const needsConsent = interview.consent_required && !interview.consented_at;
  $("consent").hidden = !needsConsent;
  const open = interview.state === "interview" || interview.state === "summary";
  $("answer-form").hidden = !open || needsConsent;
  $("summary").hidden = interview.state !== "summary";
  $("bid-form").hidden = interview.state !== "confirmed";
  $("bid-currency").textContent = interview.currency ? ` (${interview.currency})` : "";
  // A job without a bid ends with confirm and Submit: no bid field at all.
  const bidLabel = document.querySelector('label[for="bid"]');
  $("bid").hidden = bidLabel.hidden = !interview.bid;
  $("bid").required = interview.bid;
}

function show(section) {
  for (const id of ["start", "chat", "done"]) $(id).hidden = id !== section;
}

function enter(out, resumeCode) {
  interview = out;
  if (resumeCode) $("resume-code").textContent = resumeCode;
  else $("resume-code").closest("p").hidden = true;
  show("chat");
  render();
  armIdle();
  if (!$("consent").hidden) $("agree").focus();
  else $("answer").focus();
}

async function start(event) {
  event.preventDefault();
  $("start-error").textContent = "";
  const name = $("name").value.trim();
  const email = $("email").value.trim();
  $("start-button").disabled = true;
  try {
    const started = await call("POST", `/api/kiosk/${encodeURIComponent(data.token)}/start`,
      { name, email });
    enter(started.interview, started.resume_code);
  } catch (err) {
    $("start-error").textContent = err.message;
  } finally {
    $("start-button").disabled = false;
  }
}

async function send(event) {
  event.preventDefault();
  const text = $("answer").value.trim();
  if (!text) return;
  $("send").disabled = true;
  $("answer").value = "";
  $("chat-error").textContent = "";
  $("status").textContent = t("reading");
  interview.messages.push({ role: "candidate", text });
  render();
  try {
    const turn = await call("POST", `/api/interviews/${interview.id}/messages`,
      { text, client_id: clientId() });
    interview = await call("GET", `/api/interviews/${interview.id}`);
    render();
    if (turn.state === "summary") $("confirm").focus();
    else $("answer").focus();
  } catch (err) {
    interview.messages.pop();
    render();
    if (!$("answer").value) $("answer").value = text; // nothing typed is lost
    $("chat-error").textContent = err.message;
  } finally {
    $("status").textContent = "";
    $("send").disabled = false;
  }
}

async function agree() {
  try {
    interview = await call("POST", `/api/interviews/${interview.id}/consent`);
    render();
    $("answer").focus();
  } catch (err) {
    $("chat-error").textContent = err.message;
  }
}

async function confirm() {
  try {
    interview = await call("POST", `/api/interviews/${interview.id}/confirm`);
    render();
    (interview.bid ? $("bid") : $("submit-bid")).focus();
  } catch (err) {
    $("chat-error").textContent = err.message;
  }
}

async function submitBid(event) {
  event.preventDefault();
  try {
    await call("POST", `/api/interviews/${interview.id}/proposal`,
      interview.bid ? { bid_amount: $("bid").value } : {});
    clearTimeout(idleTimer);
    show("done");
    // The end of an interview clears the page by itself.
    await call("POST", "/api/kiosk/finish").catch(() => {});
    setTimeout(clearScreen, DONE_CLEAR_MS);
  } catch (err) {
    $("chat-error").textContent = err.message;
  }
}

$("start-form").addEventListener("submit", start);
$("answer-form").addEventListener("submit", send);
$("bid-form").addEventListener("submit", submitBid);
$("agree").addEventListener("click", agree);
$("confirm").addEventListener("click", confirm);
$("still-here").addEventListener("click", stillHere);
$("still-there").addEventListener("cancel", (event) => event.preventDefault());
for (const button of document.querySelectorAll("button.finish")) {
  button.addEventListener("click", finish);
}
for (const kind of ["keydown", "pointerdown", "input"]) {
  document.addEventListener(kind, activity, { passive: true });
}

if (data.resume === "yes") {
  // The same person reloaded the page: their interview continues.
  call("GET", "/api/interviews").then(async (mine) => {
    const last = mine[mine.length - 1];
    if (last) enter(await call("GET", `/api/interviews/${last.id}`));
  }).catch(() => {});
} else {
  $("name").focus();
}
