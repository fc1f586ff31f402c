// A practice interview on the sample job of the page's language. The server keeps nothing:
// each answer is sent with the run's state (a token the server signed, bound to the run's
// language) and the reply brings the next one. The transcript and the token live in this
// tab's sessionStorage only, one run per language, so a reload keeps the run, switching
// language and back finds it again, and closing the tab ends it. Text goes into the page
// with textContent only.
import { api, el } from "/static/app.js";

const $ = (id) => document.getElementById(id);
const T = JSON.parse(document.body.dataset.text || "{}");
const t = (key) => T[key] || key;
const LANG = document.body.dataset.lang || "en";
const STORE = `practice-run-${LANG}`;
const log = $("log");
const answer = $("answer");

let run = null; // { token, lang, state, messages, checklist }
let busy = false;

function save() {
  sessionStorage.setItem(STORE, JSON.stringify(run));
}

function messageNode(message) {
  const who = message.role === "candidate" ? t("you") : t("interviewer");
  return el("div", { class: `msg ${message.role}` },
    el("span", { class: "who", text: who }),
    el("p", { class: "text", text: message.text }));
}

function stateWords(item) {
  const word = item.complete ? t("complete") : t("incomplete");
  const detail = !item.complete && item.status !== "missing" ? ` (${t(`status_${item.status}`)})` : "";
  return word + detail;
}

function render() {
  $("practice-run").hidden = false;
  log.replaceChildren(...run.messages.map(messageNode));
  log.scrollTop = log.scrollHeight;
  $("checklist").replaceChildren(...run.checklist.map((item) => el("li",
    { class: item.complete ? "is-complete" : "is-incomplete", "data-key": item.key },
    el("span", { class: "label", text: item.label }),
    el("span", { class: "state", text: stateWords(item) }))));
  const talking = run.state === "interview" || run.state === "summary";
  $("answer-form").hidden = !talking;
  $("summary").hidden = run.state !== "summary";
  $("practice-again").hidden = talking;
  $("send").disabled = busy || !talking;
  $("confirm").disabled = busy;
}

function take(step, sent) {
  run = {
    token: step.token,
    lang: step.lang,
    state: step.state,
    checklist: step.checklist,
    messages: [...(sent ? run.messages : []), ...step.messages],
  };
  save();
  render();
}

async function call(url, body, sent) {
  busy = true;
  log.setAttribute("aria-busy", "true");
  $("status").textContent = sent ? t("reading") : "";
  try {
    take(await api("POST", url, body), sent);
    $("status").textContent = "";
    return true;
  } catch (err) {
    $("status").textContent = err.message;
    if (err.status === 400) {
      sessionStorage.removeItem(STORE); // a state the server will not take: start over
      $("practice-again").hidden = false;
    }
    return false;
  } finally {
    busy = false;
    log.setAttribute("aria-busy", "false");
    if (run) render();
  }
}

async function start() {
  $("practice-error").textContent = "";
  run = null;
  sessionStorage.removeItem(STORE);
  try {
    take(await api("POST", "/api/practice", { lang: LANG }), false);
    answer.focus();
  } catch (err) {
    $("practice-error").textContent = err.message;
  }
}

$("practice-start").addEventListener("click", start);
$("practice-again").addEventListener("click", start);
$("answer-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = answer.value.trim();
  if (!text || busy || !run) return;
  answer.value = "";
  log.append(messageNode({ role: "candidate", text }));
  const ok = await call("/api/practice/messages", { token: run.token, lang: run.lang, text }, true);
  if (!ok) answer.value = text; // nothing was taken: the answer goes back in the box
  else answer.focus({ preventScroll: true });
});
answer.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $("answer-form").requestSubmit();
  }
});
$("confirm").addEventListener("click", async () => {
  if (!busy && run) await call("/api/practice/confirm", { token: run.token, lang: run.lang }, true);
  $("practice-again").focus();
});

try {
  run = JSON.parse(sessionStorage.getItem(STORE) || "null");
} catch (_) {
  run = null;
}
if (run && run.token && run.lang === LANG && Array.isArray(run.messages)
    && Array.isArray(run.checklist)) render();
else run = null;
$("practice-start").disabled = false;
