-- Headless Neovim end-to-end run of the factcheck language server (nvim 0.7 and later).
-- Run by test/nvim/nvim.test.ts:  nvim --headless -u NONE -i NONE -n -c 'luafile test/nvim/e2e.lua'
-- Env:
--   FC_CMD        server command, space separated (e.g. "node /abs/dist/server.js --stdio")
--   FC_FILE       file to open
--   FC_LANGID     languageId to send (default plaintext)
--   FC_MIN_DIAGS  diagnostics to wait for (default 1)
--   FC_HOVERS     hover positions "line,col;line,col" (0-based; col in BYTES, as Neovim counts)
-- Output (one record per line, parsed by the wrapper):
--   DIAG <lnum> <col> <end_lnum> <end_col> <severity> <code> <message>   (cols in bytes)
--   HOVER <line> <col> <json string or null>
--   OK | FAIL: reason          exit 0 on OK
local t0 = vim.loop.hrtime()
local get_clients = vim.lsp.get_clients or vim.lsp.get_active_clients
local function out(s) io.stdout:write(s .. '\n') end
local function finish(code, msg)
  out(string.format('%s (%.0f ms)', msg, (vim.loop.hrtime() - t0) / 1e6))
  io.stdout:flush()
  for _, c in pairs(get_clients()) do c.stop() end
  vim.wait(2000, function() return #get_clients() == 0 end, 20)
  if code == 0 then vim.cmd('qall!') else vim.cmd('cquit ' .. code) end
end

local cmd = vim.split(vim.env.FC_CMD or '', ' ', { trimempty = true })
local file = vim.env.FC_FILE
if #cmd == 0 or not file then finish(2, 'FAIL: FC_CMD and FC_FILE are required') return end
local min_diags = tonumber(vim.env.FC_MIN_DIAGS or '1')
out('nvim ' .. vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch)

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local config = {
  name = 'factcheck',
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  get_language_id = function() return vim.env.FC_LANGID or 'plaintext' end,
  on_exit = function(code, signal) if code ~= 0 then out('server exited code=' .. code .. ' signal=' .. signal) end end,
}
local client_id
if vim.lsp.start then
  client_id = vim.lsp.start(config)
else
  client_id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(bufnr, client_id)
end
if not client_id then finish(2, 'FAIL: could not start the client') return end

-- publishDiagnostics arrives asynchronously after didOpen: wait for it (with a timeout), no fixed sleep.
local ok = vim.wait(10000, function() return #vim.diagnostic.get(bufnr) >= min_diags end, 20)
local diags = vim.diagnostic.get(bufnr)
table.sort(diags, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
for _, d in ipairs(diags) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  out(string.format('DIAG %d %d %d %d %d %s %s %s', d.lnum, d.col, d.end_lnum or -1, d.end_col or -1, d.severity,
    tostring(d.source), tostring(code), (d.message:gsub('\n', ' '))))
end
if not ok then finish(3, 'FAIL: fewer than ' .. min_diags .. ' diagnostics') return end

local client = vim.lsp.get_client_by_id(client_id)
for spec in string.gmatch(vim.env.FC_HOVERS or '', '[^;]+') do
  local line, col = spec:match('^(%d+),(%d+)$')
  line, col = tonumber(line), tonumber(col)
  vim.api.nvim_win_set_cursor(0, { line + 1, col }) -- row 1-based, col 0-based bytes
  local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 5000)
  local text = nil
  for _, r in pairs(res or {}) do
    if r.result and r.result.contents then
      local c = r.result.contents
      text = type(c) == 'string' and c or c.value
    end
  end
  out(string.format('HOVER %d %d %s', line, col, text and vim.fn.json_encode(text) or 'null'))
end
finish(0, 'OK')
