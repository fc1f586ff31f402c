// The candidate's proposal dialog: interview chat, live checklist, summary, and the
// proposal (with a bid when the job asks for one; confirm and submit when it does not).
// All state comes from the server; reopening, reloading or another browser shows
// the same interview at the same point. A reload with the dialog open opens it again.
import { ApiError, api, clientId, el, errorOf, money, readEvents, sleep } from "/static/app.js";

const jobId = Number(document.body.dataset.jobId);
const $ = (id) => document.getElementById(id);
const dialog = $("interview");
const log = $("log");
const answer = $("answer");
const sendButton = $("send");
const statusLine = $("status");

let interview = null; // the last InterviewOut from the server
let optionalKeys = new Set(); // checklist keys the job does not require
const OPEN_KEY = `interview-open-${jobId}`; // sessionStorage: the dialog was open
// The page's words in the job's language, from the server (server/web/page_text.py).
const T = JSON.parse(document.body.dataset.text || "{}");
const t = (key) => T[key] || key;
let busy = false;
let takesBid = true; // the job asks for a bid (from the job, then from the interview)

// tone "ok" shows success in the success colour; anything else is a warning or an error.
function setStatus(text, tone) {
  statusLine.textContent = text || "";
  statusLine.classList.toggle("is-ok", tone === "ok");
}

function setBusy(on) {
  busy = on;
  log.setAttribute("aria-busy", on ? "true" : "false");
  sendButton.disabled = on || !canTalk();
  $("confirm").disabled = on; // what to confirm may change with the reply on its way
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

// On a phone the on-screen keyboard leaves about half of the screen. The dialog takes the
// part that is visible (the visual viewport: iOS and Android's default keep the layout
// viewport as it was), the conversation stays at its end and the answer box in sight.
let logAtEnd = true; // the person has not scrolled back in the conversation
log.addEventListener("scroll", () => {
  logAtEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 24;
}, { passive: true });

function trackScreen() {
  const vv = window.visualViewport;
  if (!vv || Math.abs(vv.scale - 1) > 0.01) return; // a pinch-zoom is not a keyboard
  const root = document.documentElement.style;
  root.setProperty("--screen-height", `${Math.round(vv.height)}px`);
  root.setProperty("--screen-top", `${Math.round(vv.offsetTop)}px`);
}

function keepInSight() {
  trackScreen();
  if (!dialog.open) return;
  if (logAtEnd) scrollLog();
  const form = $("answer-form");
  const box = form.getBoundingClientRect();
  const bottom = window.visualViewport ? window.visualViewport.height : window.innerHeight;
  if (document.activeElement === answer && (box.bottom > bottom || box.top < 0)) {
    form.scrollIntoView({ block: "end" });
  }
}

(window.visualViewport || window).addEventListener("resize", keepInSight);
window.visualViewport?.addEventListener("scroll", trackScreen);
trackScreen();

function renderMessages(messages) {
  log.replaceChildren(...messages.map(messageNode));
  scrollLog();
}

function stateWords(item) {
  const word = item.complete ? t("complete") : t("incomplete");
  const detail = !item.complete && item.status !== "missing" ? ` (${t(`status_${item.status}`)})` : "";
  return word + detail;
}

function renderChecklist(items) {
  $("checklist").replaceChildren(
    ...items.map((item) => {
      const label = el("span", { class: "label", text: item.label });
      if (optionalKeys.has(item.key)) label.append(" ", el("span", { class: "optional", text: t("optional") }));
      return el(
        "li",
        { class: item.complete ? "is-complete" : "is-incomplete", "data-key": item.key },
        label,
        el("span", { class: "state", text: stateWords(item) }),
      );
    }),
  );
  renderStep(items);
}

// Tells a screen reader (politely) which checklist items a turn changed.
function announceChecklist(before, after) {
  const was = new Map(before.map((item) => [item.key, stateWords(item)]));
  const news = after
    .filter((item) => was.get(item.key) !== stateWords(item))
    .map((item) => `${item.label}: ${stateWords(item)}`);
  $("checklist-news").textContent = news.length ? `${t("checklist")}: ${news.join("; ")}.` : "";
}

// "Question 3 of 5": the compact progress shown above the chat (the checklist may be
// below the screen on a phone).
function renderStep(items) {
  const step = $("step");
  const total = items.length;
  const done = items.filter((item) => item.complete).length;
  const talking = interview !== null && interview.state === "interview" && total > 0;
  step.hidden = !talking;
  step.textContent = talking
    ? t("question_of").replace("{n}", String(Math.min(done + 1, total))).replace("{total}", String(total))
    : "";
}

// State words that differ for a job without a bid ("ready to submit", not "ready to bid").
function stateText(key) {
  return !takesBid && T[`${key}_nobid`] ? t(`${key}_nobid`) : t(key);
}

// The button on the page says what pressing it does now.
function renderApply(state) {
  const apply = $("apply");
  apply.textContent = !state ? t("apply") : state === "submitted" ? t("view") : t("continue");
  $("progress").textContent = state ? stateText(`state_${state}`) : "";
}

// A job without a bid: no bid field, and the box is the proposal's Submit button alone.
function renderBidMode(bid) {
  takesBid = bid;
  $("bid-legend").textContent = bid ? t("your_bid") : t("proposal");
  $("bid").hidden = !bid;
  $("bid").required = bid;
  document.querySelector('label[for="bid"]').hidden = !bid;
}

function renderPhase() {
  const state = interview.state;
  // The summary itself is the interviewer's last message in the log; this box holds
  // only what to do about it.
  $("summary").hidden = state === "interview";
  $("confirm").hidden = state !== "summary";
  $("summary-hint").textContent =
    state === "summary"
      ? t("summary_hint")
      : state === "confirmed"
        ? stateText("confirmed_hint")
        : state === "submitted"
          ? t("submitted_hint")
          : "";
  $("answer-form").hidden = !canTalk();
  sendButton.disabled = busy || !canTalk();
  const bidOpen = state === "confirmed";
  $("bid-fields").disabled = !bidOpen;
  $("bid-lock").textContent =
    state === "submitted"
      ? interview.bid_amount !== null
        ? t("submitted_bid").replace("{amount}", money(interview.bid_amount, interview.currency))
        : t("submitted_hint")
      : bidOpen
        ? ""
        : t("bid_lock");
  if (state === "submitted" && interview.bid_amount !== null) $("bid").value = interview.bid_amount;
  const bidLabel = document.querySelector('label[for="bid"]');
  if (interview.currency && !bidLabel.dataset.currency) {
    bidLabel.dataset.currency = interview.currency;
    bidLabel.append(` (${interview.currency})`);
  }
  // The button speaks for the latest attempt, whichever one the dialog shows.
  const newest = interview.attempts[interview.attempts.length - 1];
  if (newest && newest.interview_id === interview.id) newest.state = state;
  renderApply(newest ? newest.state : state);
  renderAttempts(interview.attempts, interview.retakes_left);
  renderStep(interview.checklist);
}

// What to focus once the summary is confirmed: the bid, or Submit when there is none.
function proposalControl() {
  return takesBid ? $("bid") : $("submit-proposal");
}

// Retakes: every attempt of this job's interview (each opens, read-only once submitted),
// and the button that starts the next one while the job allows it.
let latest = null; // { attempt, state } of the candidate's latest attempt

function renderAttempts(attempts, left) {
  latest = attempts.length ? attempts[attempts.length - 1] : null;
  const retake = $("retake");
  retake.hidden = !(latest && latest.state === "submitted" && left > 0);
  retake.textContent = t("retake").replace("{n}", String(left));
  $("attempts-box").hidden = attempts.length < 2;
  $("attempts").replaceChildren(
    ...attempts.map((a) => {
      const open = el("button", { type: "button", class: "link", "data-interview": a.interview_id },
        `${t("attempt_n").replace("{n}", String(a.attempt))}: ${stateText(`state_${a.state}`)}`);
      open.addEventListener("click", () => viewAttempt(a.interview_id));
      return el("li", {}, open);
    }),
  );
}

async function viewAttempt(id) {
  $("apply-error").textContent = "";
  try {
    render(await api("GET", `/api/interviews/${id}`));
    if (!dialog.open) dialog.showModal();
    if (canTalk()) focusNext(answer);
  } catch (err) {
    $("apply-error").textContent = err.message;
  }
}

async function startRetake() {
  if (!latest) return;
  $("apply-error").textContent = "";
  try {
    render(await api("POST", `/api/jobs/${jobId}/interview`, { retake_of: latest.attempt }));
    if (!dialog.open) dialog.showModal();
    sessionStorage.setItem(OPEN_KEY, "1");
    if (needsConsent()) focusNext($("agree"));
    else focusNext(answer);
  } catch (err) {
    $("apply-error").textContent = err.message;
  }
}

function render(data) {
  interview = data;
  const line = $("attempt-line");
  line.hidden = data.attempts.length < 2;
  line.textContent = t("attempt_n").replace("{n}", String(data.attempt));
  renderAttempts(data.attempts, data.retakes_left);
  renderBidMode(data.bid);
  $("notice").textContent = data.notice;
  $("consent").hidden = !needsConsent();
  if (needsConsent()) $("notice-box").open = true; // the notice to agree to
  renderMessages(data.messages);
  renderChecklist(data.checklist);
  renderPhase();
}

function applyTurn(turn) {
  const before = interview.checklist;
  interview.state = turn.state;
  interview.summary = turn.summary;
  interview.checklist = turn.checklist;
  interview.complete = turn.complete;
  renderChecklist(turn.checklist);
  renderPhase();
  announceChecklist(before, turn.checklist);
}

// Moves focus to the next thing to do, scrolled into view (on a phone the bid field is
// far below the chat).
function focusNext(node) {
  node.focus({ preventScroll: true });
  node.scrollIntoView({ block: "center" });
}

async function reload() {
  render(await api("GET", `/api/interviews/${interview.id}`));
}

async function openInterview() {
  $("apply-error").textContent = "";
  if (!dialog.open) dialog.showModal();
  sessionStorage.setItem(OPEN_KEY, "1");
  setStatus(t("opening"));
  try {
    render(await api("POST", `/api/jobs/${jobId}/interview`));
    setStatus("");
    if (needsConsent()) {
      focusNext($("agree"));
      return;
    }
    if (canTalk()) focusNext(answer);
    else if (interview.state === "confirmed") focusNext(proposalControl());
    await answerPending();
  } catch (err) {
    setStatus(err.message);
  }
}

// On load: the job's checklist items that are optional, and the candidate's interview
// for this job if there is one (its state on the button; the dialog again if it was
// open before a reload).
async function restore() {
  try {
    const job = await api("GET", `/api/jobs/${jobId}`);
    if (!interview) renderBidMode(job.bid);
    optionalKeys = new Set(
      [...job.fields, ...job.custom_questions].filter((f) => f.required === false).map((f) => f.key),
    );
    if (interview) renderChecklist(interview.checklist);
    const all = (await api("GET", "/api/interviews")).filter((i) => i.job_id === jobId);
    const mine = all.length ? all[all.length - 1] : null; // the latest attempt
    if (!mine) {
      // Apply pressed while this page was loading: the interview is newer than the list.
      if (!dialog.open) sessionStorage.removeItem(OPEN_KEY);
      return;
    }
    if (!interview) {
      renderApply(mine.state);
      const attempts = all.map((i) => ({ interview_id: i.id, attempt: i.attempt, state: i.state }));
      renderAttempts(attempts, Math.max(0, 1 + (job.retakes || 0) - all.length));
    }
    if (sessionStorage.getItem(OPEN_KEY) && !dialog.open) await openInterview();
  } catch (err) {
    $("apply-error").textContent = err.message;
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
        setStatus(t("reading"));
      } else if (name === "done") {
        finished = true;
        setStatus("");
        log.append(messageNode(data.reply_message)); // the whole reply, once it exists
        scrollLog();
        interview.messages.push(data.message, data.reply_message);
        applyTurn(data);
      } else if (name === "error") {
        throw new ApiError(data.status_code, data.detail);
      }
    });
    if (!finished) throw new ApiError(0, t("lost"));
    setBusy(false);
    await reload();
    // Send was pressed (and disabled while busy): the next answer goes in the box again.
    const lost = document.activeElement === document.body || document.activeElement === sendButton;
    if (lost && canTalk()) answer.focus({ preventScroll: true });
    keepInSight();
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
  $("practice-link").hidden = true;
} else if (document.body.dataset.role === "candidate") {
  restore();
}
$("apply").addEventListener("click", openInterview);
$("retake").addEventListener("click", startRetake);
// Disabled in the HTML until this script has run, so an early press is never lost.
$("apply").disabled = false;
$("close").addEventListener("click", () => dialog.close());
dialog.addEventListener("close", () => {
  sessionStorage.removeItem(OPEN_KEY);
  $("apply").focus();
});

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
    focusNext(answer);
  } catch (err) {
    setStatus(err.message);
  }
});

$("confirm").addEventListener("click", async () => {
  try {
    render(await api("POST", `/api/interviews/${interview.id}/confirm`, {}));
    focusNext(proposalControl());
  } catch (err) {
    setStatus(err.message);
  }
});

$("bid-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const raw = $("bid").value.trim();
  const amount = Number(raw);
  const error = $("bid-error");
  if (takesBid &&
      (!raw || !Number.isFinite(amount) || amount <= 0 || amount > 1000000 || !/^\d+(\.\d{1,2})?$/.test(raw))) {
    error.textContent = t("bid_error");
    $("bid").focus();
    return;
  }
  error.textContent = "";
  try {
    const body = takesBid ? { bid_amount: raw } : {};
    render(await api("POST", `/api/interviews/${interview.id}/proposal`, body));
    setStatus(t("thanks_submitted"), "ok");
    // The proposal's fieldset is locked now; the next thing to do is to close the dialog.
    $("close").focus({ preventScroll: true });
  } catch (err) {
    error.textContent = err.message;
  }
});
