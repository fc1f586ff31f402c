// The job editor: title, description, screening fields and custom questions (each with
// optional key points: its rubric; or taken from the question bank), whether the
// interview ends with a bid, saved through the JSON API (POST for a new job, PUT to edit).
import { api } from "/static/app.js";

const jobId = document.body.dataset.jobId ? Number(document.body.dataset.jobId) : null;
const $ = (id) => document.getElementById(id);

const MAX_POINTS = 8;

// The item's own inputs (a question's key points are read apart).
const own = (node) => [...node.querySelectorAll("input[name], select[name]")];

// One key point of a custom question's rubric: its text and weight (default 1).
function addPoint(item, point = null, focus = true) {
  const box = item.querySelector(".points");
  if (box.children.length >= MAX_POINTS) return;
  const row = $("point-template").content.firstElementChild.cloneNode(true);
  const n = box.children.length + 1;
  row.setAttribute("aria-label", `Key point ${n}`);
  if (point) {
    row.querySelector(".point-text").value = point.text;
    row.querySelector(".point-weight").value = point.weight ?? 1;
  }
  row.querySelector(".remove-point").addEventListener("click", () => {
    row.remove();
    item.querySelector(".add-point").hidden = false;
    item.querySelector(".add-point").focus();
  });
  box.append(row);
  item.querySelector(".add-point").hidden = box.children.length >= MAX_POINTS;
  if (focus) row.querySelector(".point-text").focus();
}

function readPoints(item) {
  const rows = [...item.querySelectorAll(".point")];
  const points = rows
    .map((row) => ({
      text: row.querySelector(".point-text").value.trim(),
      weight: Number(row.querySelector(".point-weight").value || 1),
    }))
    .filter((p) => p.text);
  return points.length ? points : null;
}

function addItem(templateId, containerId, values = {}) {
  const node = $(templateId).content.firstElementChild.cloneNode(true);
  for (const input of own(node)) {
    const v = values[input.name];
    if (input.type === "checkbox") input.checked = v === undefined ? true : Boolean(v);
    else if (Array.isArray(v)) input.value = v.join(", ");
    else if (v !== undefined && v !== null) input.value = v;
  }
  // Attributes this form does not edit (a field's question wording, its example)
  // are kept as they were.
  const shown = new Set([...own(node).map((i) => i.name), "rubric"]);
  const kept = Object.fromEntries(Object.entries(values).filter(([k]) => !shown.has(k)));
  node.dataset.kept = JSON.stringify(kept);
  node.querySelector(".remove").addEventListener("click", () => node.remove());
  const addPointButton = node.querySelector(".add-point");
  if (addPointButton) {
    addPointButton.addEventListener("click", () => addPoint(node));
    for (const point of values.rubric || []) addPoint(node, point, false);
  }
  // Choices belong to single-choice fields only.
  const type = node.querySelector("select[name=type]");
  if (type) {
    const choices = node.querySelector(".choices");
    const show = () => { choices.hidden = type.value !== "single_choice"; };
    type.addEventListener("change", show);
    show();
  }
  $(containerId).append(node);
  node.querySelector("input").focus();
}

// A new field's key comes from its label ("Preferred shift" -> preferred_shift), unique
// in the job; a saved field keeps the key it has (answers are stored under it).
function keyFor(text, taken) {
  const base = (text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").replace(/^(?=[0-9])/, "f_")
    || "field").slice(0, 40);
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  taken.add(key);
  return key;
}

function read(node) {
  const out = JSON.parse(node.dataset.kept || "{}");
  for (const input of own(node)) {
    out[input.name] = input.type === "checkbox" ? input.checked : input.value.trim();
  }
  if (node.querySelector(".points")) {
    const rubric = readPoints(node);
    if (rubric) out.rubric = rubric;
  }
  return out;
}

function collect() {
  const items = [...$("fields").children, ...$("questions").children].map(read);
  const taken = new Set(items.map((item) => item.key).filter(Boolean));
  for (const item of items) item.key = item.key || keyFor(item.label || item.question, taken);
  const count = $("fields").children.length;
  const fields = items.slice(0, count).map((f) => {
    const { choices, ...field } = f;
    field.choices = f.type === "single_choice"
      ? (choices || "").split(",").map((c) => c.trim()).filter(Boolean)
      : null;
    return field;
  });
  const questions = items.slice(count);
  const days = $("retention-days").value.trim();
  return {
    title: $("title").value.trim(),
    description: $("description").value.trim(),
    fields,
    custom_questions: questions,
    currency: $("currency").value.trim().toUpperCase() || null,
    bid: $("bid").checked,
    retakes: Number($("retakes").value.trim() || 0),
    attempt_shown: $("attempt-shown").value,
    requires_consent: $("requires-consent").checked,
    retention_days: days ? Number(days) : null,
  };
}

// The currency belongs to the bid: shown only while the job asks for one.
function showCurrency() {
  $("currency-box").hidden = !$("bid").checked;
}

$("bid").addEventListener("change", showCurrency);
$("add-field").addEventListener("click", () => addItem("field-template", "fields"));
$("preview").addEventListener("click", async () => {
  $("job-error").textContent = "";
  try {
    const shown = await api("POST", "/api/jobs/preview", collect());
    $("preview-greeting").textContent = shown.greeting;
    $("preview-questions").replaceChildren(
      ...shown.questions.map((q) => Object.assign(document.createElement("li"), { textContent: q })),
    );
    $("preview-confirmed").textContent = shown.confirmed;
    $("preview-box").hidden = false;
    $("preview-box").scrollIntoView({ block: "start" });
  } catch (err) {
    $("job-error").textContent = err.message;
  }
});
$("add-question").addEventListener("click", () => addItem("question-template", "questions"));

// The question bank: templates with rubrics; an added one is an ordinary custom question.
function bankEntry(entry) {
  const li = document.createElement("li");
  const heading = Object.assign(document.createElement("p"), { textContent: entry.question });
  const about = Object.assign(document.createElement("p"), {
    className: "muted small",
    textContent: `${entry.level} · ${entry.topic}`,
  });
  const points = document.createElement("ul");
  points.append(...entry.rubric.map(
    (p) => Object.assign(document.createElement("li"), { textContent: p.text }),
  ));
  const add = Object.assign(document.createElement("button"), {
    type: "button",
    textContent: "Add this question",
  });
  add.setAttribute("aria-label", `Add this question: ${entry.question}`);
  add.addEventListener("click", () => {
    addItem("question-template", "questions", {
      question: entry.question, required: true, rubric: entry.rubric,
    });
    $("bank-status").textContent = "Added to the custom questions.";
  });
  li.append(heading, about, points, add);
  return li;
}

async function searchBank() {
  const query = new URLSearchParams();
  if ($("bank-level").value) query.set("level", $("bank-level").value);
  if ($("bank-words").value.trim()) query.set("q", $("bank-words").value.trim());
  $("bank-status").textContent = "Searching…";
  try {
    const bank = await api("GET", `/api/question-bank?${query}`);
    if ($("bank-level").options.length === 1) {
      $("bank-level").append(...bank.levels.map((l) => new Option(l, l)));
    }
    $("bank-results").replaceChildren(...bank.entries.map(bankEntry));
    $("bank-status").textContent = bank.count === 1 ? "1 question." :
      bank.count ? `${bank.count} questions.` : "No question matches these words.";
  } catch (err) {
    $("bank-status").textContent = err.message;
  }
}

$("bank").addEventListener("toggle", () => {
  if ($("bank").open && !$("bank-results").children.length) searchBank();
});
$("bank-search").addEventListener("click", searchBank);
$("bank-words").addEventListener("keydown", (event) => {
  if (event.key === "Enter") {
    event.preventDefault();  // a search, not the job form's submit
    searchBank();
  }
});

$("job-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("job-error").textContent = "";
  try {
    const saved = jobId === null
      ? await api("POST", "/api/jobs", collect())
      : await api("PUT", `/api/jobs/${jobId}`, collect());
    $("job-status").textContent = "Saved.";
    location.assign(`/employer/jobs/${saved.id}`);
  } catch (err) {
    $("job-error").textContent = err.message;
  }
});

(async () => {
  if (jobId === null) {
    addItem("field-template", "fields");
    $("title").focus();
    return;
  }
  const job = await api("GET", `/api/jobs/${jobId}`);
  $("title").value = job.title;
  $("description").value = job.description;
  $("requires-consent").checked = job.requires_consent;
  $("currency").value = job.currency || "";
  $("bid").checked = job.bid;
  $("retakes").value = job.retakes ?? 0;
  $("attempt-shown").value = job.attempt_shown || "latest";
  showCurrency();
  $("retention-days").value = job.retention_days;
  job.fields.forEach((f) => addItem("field-template", "fields", f));
  job.custom_questions.forEach((q) => addItem("question-template", "questions", q));
  $("title").focus();
})();
