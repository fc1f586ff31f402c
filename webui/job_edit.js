// The job editor: title, description, screening fields and custom questions (each with
// optional key points: its rubric; or taken from the question bank), work samples (with
// their gold answers), whether the interview ends with a bid, saved through the JSON API
// (POST for a new job, PUT to edit).
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

// Work samples: a compare sample (prompt, two responses, the gold answer, key points of
// a strong reason) or a label sample (labels, and items each with its gold label).
const MAX_SAMPLES = 5;
const MAX_ITEMS = 5;

const splitLabels = (text) => text.split(",").map((l) => l.trim()).filter(Boolean);

function nameSamples() {
  [...$("samples").children].forEach((node, i) => {
    const kind = node.dataset.kind === "compare" ? "compare two responses" : "label items";
    node.setAttribute("aria-label", `Work sample ${i + 1}: ${kind}`);
  });
  const full = $("samples").children.length >= MAX_SAMPLES;
  $("add-compare").hidden = full;
  $("add-label").hidden = full;
}

// A label item's gold is one of the sample's labels: its options follow the labels typed.
function fillGold(select, labels, chosen) {
  const keep = chosen ?? select.value;
  select.replaceChildren(...labels.map((l) => new Option(l, l)));
  if (labels.includes(keep)) select.value = keep;
}

function addLabelItem(node, item = null, focus = true) {
  const box = node.querySelector(".label-items");
  if (box.children.length >= MAX_ITEMS) return;
  const row = $("label-item-template").content.firstElementChild.cloneNode(true);
  row.setAttribute("aria-label", `Item ${box.children.length + 1}`);
  fillGold(row.querySelector(".item-gold"), splitLabels(node.querySelector("[name=labels]").value),
    item ? item.gold : null);
  if (item) row.querySelector(".item-text").value = item.text;
  row.querySelector(".remove-item").addEventListener("click", () => {
    row.remove();
    [...box.children].forEach((r, i) => r.setAttribute("aria-label", `Item ${i + 1}`));
    node.querySelector(".add-label-item").hidden = false;
    node.querySelector(".add-label-item").focus();
  });
  box.append(row);
  node.querySelector(".add-label-item").hidden = box.children.length >= MAX_ITEMS;
  if (focus) row.querySelector(".item-text").focus();
}

function addSample(kind, values = {}, focus = true) {
  if ($("samples").children.length >= MAX_SAMPLES) return;
  const node = $(`${kind}-template`).content.firstElementChild.cloneNode(true);
  if (values.key) node.dataset.key = values.key;  // a saved sample keeps its key
  for (const input of node.querySelectorAll("[name]")) {
    const v = values[input.name];
    if (Array.isArray(v)) input.value = v.join(", ");
    else if (v !== undefined && v !== null) input.value = v;
  }
  node.querySelector(".remove").addEventListener("click", () => {
    node.remove();
    nameSamples();
    $(kind === "compare" ? "add-compare" : "add-label").focus();
  });
  if (kind === "compare") {
    node.querySelector(".add-point").addEventListener("click", () => addPoint(node));
    for (const point of values.rubric || []) addPoint(node, point, false);
  } else {
    const labels = node.querySelector("[name=labels]");
    labels.addEventListener("input", () => {
      for (const select of node.querySelectorAll(".item-gold")) fillGold(select, splitLabels(labels.value));
    });
    node.querySelector(".add-label-item").addEventListener("click", () => addLabelItem(node));
    const items = values.items || [null];
    items.forEach((item) => addLabelItem(node, item, false));
  }
  $("samples").append(node);
  nameSamples();
  if (focus) node.querySelector("textarea, input").focus();
}

function readSample(node) {
  const value = (name) => node.querySelector(`[name=${name}]`).value.trim();
  const sample = { kind: node.dataset.kind, key: node.dataset.key || "", instructions: value("instructions") };
  if (sample.kind === "compare") {
    Object.assign(sample, {
      prompt: value("prompt"), response_a: value("response_a"), response_b: value("response_b"),
      gold: value("gold"),
    });
    const rubric = readPoints(node);
    if (rubric) sample.rubric = rubric;
  } else {
    sample.labels = splitLabels(value("labels"));
    sample.items = [...node.querySelectorAll(".label-item")].map((row) => ({
      text: row.querySelector(".item-text").value.trim(),
      gold: row.querySelector(".item-gold").value,
    }));
  }
  return sample;
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
  const samples = [...$("samples").children].map(readSample);
  const taken = new Set([...items, ...samples].map((item) => item.key).filter(Boolean));
  for (const item of items) item.key = item.key || keyFor(item.label || item.question, taken);
  for (const sample of samples) sample.key = sample.key || keyFor(`sample_${sample.kind}`, taken);
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
    work_samples: samples,
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
$("add-compare").addEventListener("click", () => addSample("compare"));
$("add-label").addEventListener("click", () => addSample("label"));

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
  (job.work_samples || []).forEach((sample) => addSample(sample.kind, sample, false));
  $("title").focus();
})();
