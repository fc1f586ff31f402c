// Rubric questions and work samples on the employer's candidate page: each key point's
// judgement, the candidate's words that support it, the question's score, a form to
// override a judgement with a note, the history of every change, and each work sample's
// picks against the gold answers. A job without rubric questions or work samples shows
// nothing here (the API answers 404). Text from the server goes in
// with textContent only.
import { api, el } from "/static/app.js";

const interviewId = Number(document.body.dataset.interviewId);
const WAITING = { not_submitted: "not judged yet: judged once the proposal is submitted",
  queued: "judging…", running: "judging…" };
const pct = (score) => `${Math.round(score * 100)}%`;
let section = null;

function when(iso) {
  return iso ? new Date(iso).toLocaleString() : "";
}

function overrideForm(question, point) {
  const id = `ov-${question.key}-${point.index}`;
  const choice = el("select", { id: `${id}-judgement` },
    ...["covered", "partial", "missing"].map((j) => el("option", { value: j, text: j })));
  choice.value = point.judgement;
  const note = el("input", { id: `${id}-note`, required: true, maxlength: 1000 });
  const error = el("p", { class: "error", role: "alert" });
  const form = el("form", { class: "override row", "aria-label": `Override key point ${point.index + 1}` },
    el("label", { for: choice.id, text: "Judgement" }), choice,
    el("label", { for: note.id, text: "Note (why)" }), note,
    el("button", { type: "submit", text: "Override" }), error);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    try {
      const data = await api("PUT",
        `/api/interviews/${interviewId}/assessments/${encodeURIComponent(question.key)}/${point.index}`,
        { judgement: choice.value, note: note.value.trim() });
      render(data, `Saved: key point ${point.index + 1} is ${choice.value}.`);
    } catch (err) {
      error.textContent = err.message;
    }
  });
  return form;
}

function pointItem(question, point) {
  const overridden = point.author !== null;
  return el("li", { class: "point" },
    el("p", {}, el("strong", { text: point.judgement }), ` · ${point.point}`,
      point.weight !== 1 ? el("span", { class: "status-word", text: `weight ${point.weight}` }) : null),
    point.quote ? el("p", {}, el("q", { class: "quote", text: point.quote })) :
      el("p", { class: "muted small", text: "No words of the answer support it." }),
    el("p", { class: "muted small",
      text: overridden
        ? `Overridden by ${point.author.name} on ${when(point.overridden_at)}: “${point.note}” (the model, ${point.model_name}, said ${point.model_judgement}).`
        : `Judged by the model ${point.model_name} on ${when(point.judged_at)}.` }),
    overrideForm(question, point));
}

function questionBlock(question) {
  const heading = el("h3", { text: question.question });
  const box = el("div", { class: "card" }, heading);
  if (question.state === "failed") {
    box.append(el("p", { class: "error", text: `Judging failed after ${question.attempts} tries: ${question.error || "unknown error"}` }));
  } else if (question.state !== "done") {
    box.append(el("p", { class: "muted", role: "status", text: WAITING[question.state] || question.state }));
  }
  if (question.score !== null) {
    box.append(el("p", { text: `Score: ${pct(question.score)} (covered 1, partial ½, missing 0, weighted)` }));
  }
  if (question.points.length) {
    box.append(el("ol", { class: "points" }, ...question.points.map((p) => pointItem(question, p))));
  }
  return box;
}

function historyBlock(history) {
  if (!history.length) return null;
  const rows = history.map((c) => el("tr", {},
    el("td", { text: when(c.at) }),
    el("td", { text: c.question_key }),
    el("td", { text: String(c.point_index + 1) }),
    el("td", { text: c.kind === "model" ? `model ${c.model_name || ""}` : (c.author ? c.author.name : "someone") }),
    el("td", { text: `${c.old_judgement || "—"} → ${c.new_judgement}` }),
    el("td", { text: c.note || "" })));
  return el("details", {}, el("summary", { text: `History (${history.length} changes)` }),
    // Scrolls sideways on a phone: focusable, so a keyboard can scroll it too.
    el("div", { class: "table-wrap", tabindex: 0, role: "region", "aria-label": "Assessment history table" },
      el("table", { "aria-label": "Assessment history" },
        el("thead", {}, el("tr", {}, ...["When", "Question", "Point", "Who", "Change", "Note"]
          .map((h) => el("th", { scope: "col", text: h })))),
        el("tbody", {}, ...rows))));
}

// A work sample: each pick beside the employer's gold answer, right or wrong, and the
// candidate's reason (its key points, with a rubric, are judged among the questions).
function pickResult(pick) {
  if (pick.correct === null) return "not answered yet";
  return pick.correct ? "correct" : "incorrect";
}

function sampleBlock(sample, n) {
  const kind = sample.kind === "compare" ? "compare two responses" : "label items";
  const rows = sample.picks.map((p, i) => el("tr", {},
    el("th", { scope: "row", text: sample.kind === "compare" ? "Better response" : `${i + 1}. ${p.item}` }),
    el("td", { text: p.pick ?? "—" }),
    el("td", { text: p.gold }),
    el("td", {}, el("strong", { class: p.correct === false ? "error" : "", text: pickResult(p) }))));
  return el("div", { class: "card sample" },
    el("h3", { text: `Work sample ${n}: ${kind}` }),
    sample.score !== null
      ? el("p", { text: `Score: ${pct(sample.score)} of the picks match the gold answer` })
      : el("p", { class: "muted", role: "status", text: "Scored once the proposal is submitted." }),
    el("div", { class: "table-wrap", tabindex: 0, role: "region", "aria-label": `Work sample ${n} picks` },
      el("table", { "aria-label": `Work sample ${n}: picks against the gold answers` },
        el("thead", {}, el("tr", {}, ...["Item", "Pick", "Gold answer", "Result"]
          .map((h) => el("th", { scope: "col", text: h })))),
        el("tbody", {}, ...rows))),
    sample.why !== null ? el("p", {}, "Reason: ", el("q", { class: "quote", text: sample.why })) : null);
}

function render(data, message = "") {
  const waiting = data.questions.some((q) => q.state === "queued" || q.state === "running");
  const samples = data.samples || [];
  section.replaceChildren(
    el("h2", { id: "assessment-title", text: samples.length ? "Assessment" : "Rubric questions" }),
    el("p", { class: "muted small",
      text: "Each key point is judged by the model after the interview, with the candidate's words that support it; each work sample pick is checked against your gold answer. The score informs you; it rejects nobody. Override any judgement with a note." }),
    el("p", { role: "status", text: message || (data.score !== null ? `Overall score: ${pct(data.score)}` : "") }),
    ...samples.map((s, i) => sampleBlock(s, i + 1)),
    ...data.questions.map(questionBlock),
    historyBlock(data.history),
  );
  if (waiting) setTimeout(load, 3000);
}

async function load() {
  try {
    render(await api("GET", `/api/interviews/${interviewId}/assessments`));
  } catch (err) {
    if (err.status === 404) section.remove();  // no rubric questions: no scores at all
    else section.replaceChildren(el("p", { class: "error", text: err.message }));
  }
}

section = el("section", { id: "assessments", "aria-labelledby": "assessment-title" });
const answers = document.getElementById("answers");
(answers ? answers.closest(".table-wrap") : document.querySelector("main")).after(section);
load();
