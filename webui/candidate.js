// One candidate for the employer: each value with the candidate's own words it came
// from (highlighted in the transcript), and the whole transcript.
import { api, el, money, valueText } from "/static/app.js";

const interviewId = Number(document.body.dataset.interviewId);
const $ = (id) => document.getElementById(id);

function findMessage(messages, quote) {
  if (!quote) return null;
  const q = quote.toLowerCase();
  return messages.find((m) => m.role === "candidate" && m.text.toLowerCase().includes(q)) || null;
}

function highlighted(text, quotes) {
  // Split the text around every quote, building text nodes and <mark> elements only.
  const lower = text.toLowerCase();
  const spans = [];
  for (const quote of quotes) {
    const at = lower.indexOf(quote.toLowerCase());
    if (quote && at >= 0) spans.push([at, at + quote.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const parts = [];
  let pos = 0;
  for (const [start, end] of spans) {
    if (start < pos) continue;
    parts.push(text.slice(pos, start), el("mark", { text: text.slice(start, end) }));
    pos = end;
  }
  parts.push(text.slice(pos));
  return parts;
}

(async () => {
  try {
    const data = await api("GET", `/api/interviews/${interviewId}`);
    $("candidate-name").textContent = data.candidate_name;
    document.title = `${data.candidate_name} · Interviewer`;
    $("candidate-meta").textContent =
      `${data.job_title} · ${data.state}` + (data.bid_amount !== null ? ` · bid ${money(data.bid_amount, data.currency)}` : "");
    $("review").hidden = !data.needs_review;
    $("review-reasons").replaceChildren(...(data.review_reasons || []).map((r) => el("li", { text: r })));
    const quotesBySeq = new Map();
    const rows = data.checklist.map((item) => {
      const f = data.fields[item.key] || {};
      const source = findMessage(data.messages, f.evidence);
      if (source) quotesBySeq.set(source.seq, [...(quotesBySeq.get(source.seq) || []), f.evidence]);
      const words = f.evidence
        ? el("td", {}, el("q", { text: f.evidence }),
          source ? el("a", { href: `#msg-${source.seq}`, class: "status-word", text: "in the transcript" }) : null)
        : el("td", { text: "" });
      return el("tr", {}, el("th", { scope: "row", text: item.label }),
        el("td", { text: (f.display ?? valueText(f.value)) }), el("td", { text: item.status }), words);
    });
    $("answers").tBodies[0].replaceChildren(...rows);
    $("transcript").replaceChildren(
      ...data.messages.map((m) => el("li", { id: `msg-${m.seq}` },
        el("span", { class: "who", text: m.role === "candidate" ? `${data.candidate_name}: ` : "Interviewer: " }),
        ...highlighted(m.text, quotesBySeq.get(m.seq) || []))),
    );
    const model = data.model;
    $("record").textContent =
      `Model ${model.name} (sha256 ${model.sha256}), prompt ${model.prompt_version}, grammar ${model.grammar_version}.`;
  } catch (err) {
    $("candidate-meta").textContent = err.message;
  }
})();
