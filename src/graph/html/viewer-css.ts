// The stylesheet of the standalone graph page: a header with search and legend, the graph canvas
// with a details panel beside it, and the accessible list of relations below the canvas.

export const VIEWER_CSS = `
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2430; background: #f6f7f9;
  display: grid; grid-template-rows: auto 1fr; }
header { display: flex; flex-wrap: wrap; gap: 8px 18px; align-items: center; padding: 10px 16px; background: #fff; border-bottom: 1px solid #dde1e7; }
header h1 { font-size: 16px; margin: 0; }
header .counts { color: #5b6474; }
.search { display: flex; gap: 6px; align-items: center; }
.search input { width: 260px; padding: 6px 8px; border: 1px solid #b8c0cc; border-radius: 6px; font: inherit; }
.legend { display: flex; gap: 12px; list-style: none; margin: 0; padding: 0; }
.legend li { display: flex; align-items: center; gap: 5px; }
.swatch { width: 12px; height: 12px; border-radius: 50%; display: inline-block; border: 2px solid transparent; }
main { display: grid; grid-template-columns: minmax(0, 1fr) 380px; min-height: 0; }
.left { display: grid; grid-template-rows: minmax(320px, 1fr) auto; min-height: 0; }
#graph { background: #fff; border-right: 1px solid #dde1e7; min-height: 320px; }
#details { background: #fff; padding: 12px 16px; overflow: auto; border-left: 1px solid #dde1e7; }
#details h2 { font-size: 18px; margin: 4px 0 2px; word-break: break-word; }
#details h3 { font-size: 14px; margin: 16px 0 6px; }
#details dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 8px 0; }
#details dt { color: #5b6474; }
#details dd { margin: 0; word-break: break-word; }
.type-badge { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; }
.evidence { padding-left: 18px; }
.evidence li { margin-bottom: 10px; }
.evidence blockquote { margin: 0 0 3px; padding: 4px 8px; background: #f3f5f8; border-left: 3px solid #4C8EDA; }
.evidence .source { color: #5b6474; font-size: 12px; margin: 0; overflow-wrap: anywhere; }
.hint { color: #5b6474; }
.lists { max-height: 34vh; overflow: auto; padding: 8px 16px; border-top: 1px solid #dde1e7; background: #fbfbfc; }
.lists h2 { font-size: 14px; margin: 6px 0; }
#matches { list-style: none; padding: 0; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 6px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid #e6e9ee; vertical-align: top; }
button.link { background: none; border: none; padding: 0; color: #1d5fb4; cursor: pointer; font: inherit; text-align: left; }
button.link:hover, button.link:focus { text-decoration: underline; }
#matches button { border: 1px solid #b8c0cc; border-radius: 12px; background: #fff; padding: 2px 10px; cursor: pointer; font: inherit; }
tr.selected td { background: #fff3c4; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;
