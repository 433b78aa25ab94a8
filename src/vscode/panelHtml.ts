// The preview webview's page: a strict Content-Security-Policy with a per-load nonce, only the
// extension's own script and stylesheet, no remote content.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

export function panelHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css'));
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Augmentation Preview</title>
</head>
<body data-state="loading">
<header id="header">
  <div id="title"></div>
  <div id="controls">
    <button id="resample" type="button"></button>
    <label id="seed-label" for="seed"></label><input id="seed" type="number" min="0" step="1">
    <button id="choose-pipeline" type="button" class="secondary"></button>
  </div>
  <div id="meta"></div>
  <div id="value-range"></div>
  <ul id="notices"></ul>
</header>
<div id="status" role="status"></div>
<div id="error" role="alert" hidden></div>
<section id="no-pipeline" hidden></section>
<main id="content">
  <div class="columns">
    <section class="block training"><h2 id="training-title"></h2><p class="help" id="training-help"></p><div id="training" class="grid"></div></section>
    <section class="block inference"><h2 id="inference-title"></h2><p class="help" id="inference-help"></p><div id="inference" class="grid single"></div></section>
  </div>
  <section class="block"><h2 id="epochs-title"></h2><p class="help" id="epochs-help"></p><div id="epochs" class="strip"></div></section>
  <section class="block" id="stages-block"><h2 id="stages-title"></h2><p class="help" id="stages-help"></p><div id="stages" class="strip stages"></div></section>
  <footer><h2 id="layers-title"></h2><ul id="layers"></ul></footer>
</main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
