// The employer's applicants table: a column per field with its status, the bid (when
// the job asks for one, or an applicant gave one), the score (only for a job with rubric
// questions); sortable (buttons in the headers),
// filterable, and a selection to compare.
import { api, el, money, valueText } from "/static/app.js";

const jobId = Number(document.body.dataset.jobId);
const $ = (id) => document.getElementById(id);
let job = null;
let rows = [];
let sortKey = "candidate";
let sortDir = 1;
const selected = new Set();

// An interview keeps the job as it started, so a bid given before the bid step was
// turned off still shows.
function showsBid() {
  return job.bid || rows.some((row) => row.bid_amount !== null);
}

// Scores only for a job with rubric questions or work samples (or applicants of a
// version with them):
// a column to read and sort by, never a filter.
function showsScore() {
  return job.custom_questions.some((q) => q.rubric) || (job.work_samples || []).length > 0
    || rows.some((row) => row.assessment);
}

// A work sample's fields: a compare sample's pick and reason, a label sample's items.
function sampleColumns(sample) {
  if (sample.kind === "compare") {
    return [{ key: sample.key, label: `${sample.key}: better response` },
      { key: `${sample.key}_why`, label: `${sample.key}: why` }];
  }
  return sample.items.map((item, i) => ({ key: `${sample.key}_${i + 1}`, label: `${sample.key}: ${item.text}` }));
}

function scoreText(row) {
  const a = row.assessment;
  if (!a) return "";
  if (a.score !== null) return `${Math.round(a.score * 100)}%`;
  return { judging: "judging…", failed: "judging failed", not_submitted: "not judged yet" }[a.state] || a.state;
}

function columns() {
  const fieldCols = [...job.fields.map((f) => ({ key: f.key, label: f.label })),
    ...job.custom_questions.map((q) => ({ key: q.key, label: q.question })),
    ...(job.work_samples || []).flatMap(sampleColumns)];
  return [
    { key: "candidate", label: "Candidate" },
    { key: "state", label: "Status" },
    { key: "review", label: "Review" },
    ...(showsBid() ? [{ key: "bid", label: "Bid" }] : []),
    ...(showsScore() ? [{ key: "score", label: "Score" }] : []),
    ...fieldCols.map((c) => ({ ...c, field: true })),
  ];
}

function sortValue(row, key) {
  if (key === "candidate") return row.candidate.name.toLowerCase();
  if (key === "state") return row.state;
  if (key === "review") return row.needs_review ? 0 : 1;
  if (key === "bid") return row.bid_amount ?? -1;
  if (key === "score") return row.assessment?.score ?? -1;
  const f = row.fields[key];
  return f ? `${f.complete ? 0 : 1} ${(f.display ?? valueText(f.value)).toLowerCase()}` : "2";
}

function visible() {
  const needle = $("filter").value.trim().toLowerCase();
  const show = $("show").value;
  return rows
    .filter((row) => {
      if (show === "complete" && !row.complete) return false;
      if (show === "incomplete" && row.complete) return false;
      if (show === "submitted" && row.state !== "submitted") return false;
      if (show === "review" && !row.needs_review) return false;
      if (!needle) return true;
      const hay = [row.candidate.name, row.candidate.email, row.state,
        ...Object.values(row.fields).map((f) => `${(f.display ?? valueText(f.value))} ${f.status}`)].join(" ").toLowerCase();
      return hay.includes(needle);
    })
    .sort((a, b) => {
      const x = sortValue(a, sortKey);
      const y = sortValue(b, sortKey);
      return (x < y ? -1 : x > y ? 1 : 0) * sortDir;
    });
}

function renderHead() {
  const head = el("tr", {}, el("th", { scope: "col", text: "Select" }));
  for (const col of columns()) {
    const sorted = col.key === sortKey;
    const button = el("button", { type: "button", text: col.label });
    button.addEventListener("click", () => {
      sortDir = sorted ? -sortDir : 1;
      sortKey = col.key;
      render();
    });
    head.append(el("th", { scope: "col", "aria-sort": sorted ? (sortDir > 0 ? "ascending" : "descending") : "none" }, button));
  }
  $("applicants").tHead.replaceChildren(head);
}

function render() {
  renderHead();
  const list = visible();
  const body = $("applicants").tBodies[0];
  body.replaceChildren(
    ...list.map((row) => {
      const box = el("input", { type: "checkbox", "aria-label": `Select ${row.candidate.name}` });
      box.checked = selected.has(row.interview_id);
      box.addEventListener("change", () => {
        if (box.checked) selected.add(row.interview_id);
        else selected.delete(row.interview_id);
        updateCompare();
      });
      const tr = el("tr", { "data-interview-id": row.interview_id }, el("td", {}, box));
      tr.append(
        el("th", { scope: "row" },
          el("a", { href: `/employer/interviews/${row.interview_id}`, text: row.candidate.name }),
          el("span", { class: "status-word", text: row.candidate.email }),
          attemptsNote(row)),
        el("td", { text: row.state }),
        el("td", { class: row.needs_review ? "needs-review" : "" },
          row.needs_review ? "needs review" : "",
          row.needs_review ? el("span", { class: "status-word", text: row.review_reasons.join("; ") }) : null),
      );
      if (showsBid()) tr.append(el("td", { text: money(row.bid_amount, row.currency) }));
      if (showsScore()) tr.append(el("td", { class: "score", text: scoreText(row) }));
      for (const col of columns().filter((c) => c.field)) {
        const f = row.fields[col.key] || { status: "missing", value: null };
        tr.append(el("td", {}, (f.display ?? valueText(f.value)), el("span", { class: "status-word", text: f.status })));
      }
      return tr;
    }),
  );
  $("table-status").textContent = `${list.length} of ${rows.length} applicants shown.`;
  updateCompare();
}

// A candidate who retook the interview: the attempt shown (the job's setting), of how
// many, and a link to each other attempt.
function attemptsNote(row) {
  const attempts = row.attempts || [];
  if (attempts.length < 2) return null;
  const note = el("span", { class: "status-word attempts",
    text: `attempt ${row.attempt} of ${attempts.length}; others:` });
  for (const a of attempts.filter((x) => x.interview_id !== row.interview_id)) {
    note.append(" ", el("a", { href: `/employer/interviews/${a.interview_id}`,
      text: `attempt ${a.attempt} (${a.state})` }));
  }
  return note;
}

function updateCompare() {
  const n = selected.size;
  $("compare").disabled = n < 2 || n > 4;
  $("compare").textContent = n ? `Compare selected (${n})` : "Compare selected";
}

$("filter").addEventListener("input", render);
$("show").addEventListener("change", render);
$("compare").addEventListener("click", () => {
  location.assign(`/employer/jobs/${jobId}/compare?ids=${[...selected].join(",")}`);
});

(async () => {
  try {
    [job, rows] = await Promise.all([
      api("GET", `/api/jobs/${jobId}`),
      api("GET", `/api/jobs/${jobId}/applications`),
    ]);
    render();
  } catch (err) {
    $("table-status").textContent = err.message;
  }
})();
