// The candidate's proposal dialog: interview chat, live checklist, summary, bid.
// All state comes from the server; reopening, reloading or another browser shows
// the same interview at the same point.
import { ApiError, api, clientId, el, errorOf, readEvents, sleep } from "/static/app.js";

const jobId = Number(document.body.dataset.jobId);
const $ = (id) => document.getElementById(id);
const dialog = $("interview");
const log = $("log");
const answer = $("answer");
const sendButton = $("send");
const statusLine = $("status");

let interview = null; // the last InterviewOut from the server
// The page's words in the job's language, from the server (server/web/page_text.py).
const T = JSON.parse(document.body.dataset.text || "{}");
const t = (key) => T[key] || key;
let busy = false;

function setStatus(text) {
  statusLine.textContent = text || "";
}

function setBusy(on) {
  busy = on;
  log.setAttribute("aria-busy", on ? "true" : "false");
  sendButton.disabled = on || !canTalk();
}

function needsConsent() {
  return interview !== null && interview.consent_required && !interview.consented_at;
}

function canTalk() {
  return interview !== null && !needsConsent() &&
    (interview.state === "interview" || interview.state === "summary");
}

function messageNode(message) {
  const who = message.role === "candidate" ? t("you") : t("interviewer");
  const node = el("div", { class: `msg ${message.role}` }, el("span", { class: "who", text: who }));
  const text = el("p", { class: "text", text: message.text });
  text.style.margin = "0";
  node.append(text);
  if (message.pending) node.classList.add("unanswered");
  if (message.client_id) node.dataset.clientId = message.client_id;
  return node;
}

function scrollLog() {
  log.scrollTop = log.scrollHeight;
}

function renderMessages(messages) {
  log.replaceChildren(...messages.map(messageNode));
  scrollLog();
}

function renderChecklist(items) {
  $("checklist").replaceChildren(
    ...items.map((item) => {
      const word = item.complete ? t("complete") : t("incomplete");
      const detail = !item.complete && item.status !== "missing" ? ` (${t(`status_${item.status}`)})` : "";
      return el(
        "li",
        { class: item.complete ? "is-complete" : "is-incomplete", "data-key": item.key },
        el("span", { class: "label", text: item.label }),
        el("span", { class: "state", text: word + detail }),
      );
    }),
  );
}

function renderPhase() {
  const state = interview.state;
  const summary = $("summary");
  summary.hidden = state === "interview";
  $("summary-text").textContent = interview.summary || "";
  $("confirm").hidden = state !== "summary";
  $("summary-hint").textContent =
    state === "summary"
      ? t("summary_hint")
      : state === "confirmed"
        ? t("confirmed_hint")
        : state === "submitted"
          ? t("submitted_hint")
          : "";
  $("answer-form").hidden = !canTalk();
  sendButton.disabled = busy || !canTalk();
  const bidOpen = state === "confirmed";
  $("bid-fields").disabled = !bidOpen;
  $("bid-lock").textContent =
    state === "submitted"
      ? t("submitted_bid").replace("{amount}", String(interview.bid_amount))
      : bidOpen
        ? ""
        : t("bid_lock");
  if (state === "submitted" && interview.bid_amount !== null) $("bid").value = interview.bid_amount;
  $("progress").textContent = t(`state_${state}`);
}

function render(data) {
  interview = data;
  $("notice").textContent = data.notice;
  $("consent").hidden = !needsConsent();
  renderMessages(data.messages);
  renderChecklist(data.checklist);
  renderPhase();
}

function applyTurn(turn) {
  interview.state = turn.state;
  interview.summary = turn.summary;
  interview.checklist = turn.checklist;
  interview.complete = turn.complete;
  renderChecklist(turn.checklist);
  renderPhase();
}

async function reload() {
  render(await api("GET", `/api/interviews/${interview.id}`));
}

async function openInterview() {
  $("apply-error").textContent = "";
  if (!dialog.open) dialog.showModal();
  setStatus(t("opening"));
  try {
    render(await api("POST", `/api/jobs/${jobId}/interview`));
    setStatus("");
    if (needsConsent()) {
      $("agree").focus();
      return;
    }
    answer.focus();
    await answerPending();
  } catch (err) {
    setStatus(err.message);
  }
}

// A message the server acknowledged but never answered (a dropped connection, a
// restart): send it again with the same client_id; the server answers it once.
async function answerPending() {
  const last = interview.messages[interview.messages.length - 1];
  if (last && last.role === "candidate" && last.pending && last.client_id) {
    setStatus(t("getting_reply"));
    await send(last.text, last.client_id, true);
  }
}

async function send(text, id, already) {
  if (busy) return;
  setBusy(true);
  setStatus("");
  let mine = null;
  if (!already) {
    mine = messageNode({ role: "candidate", text, client_id: id });
    mine.classList.add("pending");
    log.append(mine);
    scrollLog();
  }
  let reply = null;
  let finished = false;
  try {
    const res = await fetch(`/api/interviews/${interview.id}/messages`, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify({ text, client_id: id }),
    });
    if (!res.ok) throw await errorOf(res);
    await readEvents(res, (name, data) => {
      if (name === "ack") {
        if (mine) mine.classList.remove("pending");
      } else if (name === "delta") {
        if (!reply) {
          reply = messageNode({ role: "interviewer", text: "" });
          log.append(reply);
        }
        reply.querySelector(".text").textContent += data.text;
        scrollLog();
      } else if (name === "done") {
        finished = true;
        interview.messages.push(data.message, data.reply_message);
        applyTurn(data);
      } else if (name === "error") {
        throw new ApiError(data.status_code, data.detail);
      }
    });
    if (!finished) throw new ApiError(0, t("lost"));
    setBusy(false);
    await reload();
  } catch (err) {
    setBusy(false);
    await recover(err, text, id, mine);
  }
}

async function recover(err, text, id, mine) {
  if (err instanceof ApiError && [413, 422, 429].includes(err.status)) {
    if (mine) mine.remove();
    answer.value = text;
    setStatus(err.message);
    return;
  }
  if (err instanceof ApiError && err.status === 409) {
    setStatus(err.message);
    await waitForReply();
    return;
  }
  // The network or the model failed: the server has the message if it acknowledged
  // it; show what the server has and offer to send again.
  setStatus(`${err.message} Reconnecting…`);
  for (let attempt = 0; attempt < 20; attempt++) {
    await sleep(Math.min(1000 * 2 ** attempt, 8000));
    try {
      await reload();
      const stored = interview.messages.some((m) => m.client_id === id);
      if (!stored) {
        answer.value = answer.value || text;
        setStatus(t("not_reached"));
        return;
      }
      setStatus("");
      await answerPending();
      return;
    } catch (_) {
      setStatus(t("offline"));
    }
  }
}

async function waitForReply() {
  setBusy(true);
  try {
    for (let i = 0; i < 120; i++) {
      await sleep(1500);
      await reload();
      const last = interview.messages[interview.messages.length - 1];
      if (!(last && last.role === "candidate" && last.pending)) {
        setStatus("");
        return;
      }
    }
  } finally {
    setBusy(false);
  }
}

if (document.body.dataset.role === "employer") {
  $("apply").hidden = true; // employers review jobs; only candidates apply
}
$("apply").addEventListener("click", openInterview);
$("close").addEventListener("click", () => dialog.close());

$("answer-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = answer.value.trim();
  if (!text || busy || !canTalk()) return;
  answer.value = "";
  send(text, clientId(), false);
});

answer.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $("answer-form").requestSubmit();
  }
});

$("agree").addEventListener("click", async () => {
  try {
    render(await api("POST", `/api/interviews/${interview.id}/consent`, {}));
    answer.focus();
  } catch (err) {
    setStatus(err.message);
  }
});

$("confirm").addEventListener("click", async () => {
  try {
    render(await api("POST", `/api/interviews/${interview.id}/confirm`, {}));
    $("bid").focus();
  } catch (err) {
    setStatus(err.message);
  }
});

$("bid-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const raw = $("bid").value.trim();
  const amount = Number(raw);
  const error = $("bid-error");
  if (!raw || !Number.isFinite(amount) || amount <= 0 || amount > 1000000 || !/^\d+(\.\d{1,2})?$/.test(raw)) {
    error.textContent = t("bid_error");
    $("bid").focus();
    return;
  }
  error.textContent = "";
  try {
    render(await api("POST", `/api/interviews/${interview.id}/proposal`, { bid_amount: raw }));
    setStatus(t("thanks_submitted"));
  } catch (err) {
    error.textContent = err.message;
  }
});
