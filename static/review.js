// Review page shortcuts: a key clicks the control whose data-key it is (approve, reject
// with a reason, edit, skip). Forms and links work without this script.
document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
  const target = event.target;
  if (target.closest && target.closest("input, textarea, select, [contenteditable]")) return;
  const control = document.querySelector(`[data-key="${CSS.escape(event.key.toLowerCase())}"]`);
  if (!control) return;
  event.preventDefault();
  control.click();
});

// The edit page: put the cursor on the line of the copied question.
const editor = document.querySelector("textarea[data-line]");
if (editor) {
  const line = Number(editor.dataset.line) || 1;
  const before = editor.value.split("\n").slice(0, line - 1).join("\n");
  const at = line > 1 ? before.length + 1 : 0;
  editor.focus();
  editor.setSelectionRange(at, at);
  const height = editor.scrollHeight / Math.max(1, editor.value.split("\n").length);
  editor.scrollTop = Math.max(0, (line - 3) * height);
}

// The draft page: scroll the article's box to the cited sentence, not the whole page.
const cited = document.getElementById("cited");
const box = cited && cited.closest(".review-body");
if (box) box.scrollTop = cited.offsetTop - box.offsetTop - box.clientHeight / 3;
