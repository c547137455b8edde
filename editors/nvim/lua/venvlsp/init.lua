-- VenvLsp for Neovim: starts `venvlsp serve` for the files VenvLsp checks, one client per package
-- (or repository) root, and adds :VenvLspFixAll.
--
-- Works on Neovim 0.7 (vim.lsp.start_client + buf_attach_client) and on later releases
-- (vim.lsp.start). Users of vim.lsp.config / vim.lsp.enable (0.11+) can use lsp/venvlsp.lua instead.

local compat = require('venvlsp.compat')
local root = require('venvlsp.root')

local M = {}

M.name = 'venvlsp'
M.fix_all_kind = 'source.fixAll.venvlsp'

local defaults = {
  -- The server command. The log options, when given, are appended to it.
  cmd = { 'venvlsp', 'serve' },
  log_file = nil,
  log_level = nil, -- 'debug', 'information', 'warning' or 'error'
  -- Filetypes to start for. Some are narrowed further by file name (see `wants`).
  filetypes = { 'requirements', 'ecflow', 'sh', 'bash', 'ksh', 'python', 'json', 'jsonc', 'gitignore' },
  -- The "venvlsp" settings, with the keys of venvlsp.json (approvedList, newestPython, model,
  -- ecfIncludePaths, rules, exclude, noSuppressions, ruleSets). They override venvlsp.json.
  settings = {},
  on_attach = nil,
  capabilities = nil,
  -- Start automatically when a matching buffer is opened.
  autostart = true,
}

M.options = vim.deepcopy(defaults)

-- Clients started through vim.lsp.start_client (Neovim 0.7), by root folder.
local clients_by_root = {}

--- The command line for the server, with the log options.
function M.command(options)
  options = options or M.options
  local cmd = vim.deepcopy(options.cmd)
  if options.log_file then
    vim.list_extend(cmd, { '--log-file', options.log_file })
  end
  if options.log_level then
    vim.list_extend(cmd, { '--log-level', options.log_level })
  end
  return cmd
end

-- Neovim encodes an empty Lua table as a JSON array; the server wants an object for its settings.
local function as_object(settings)
  if settings == nil or next(settings) == nil then
    return vim.empty_dict()
  end
  return settings
end

--- The client configuration for a root folder (the same shape vim.lsp.start and start_client take).
function M.client_config(root_dir, options)
  options = options or M.options
  return {
    name = M.name,
    cmd = M.command(options),
    root_dir = root_dir,
    workspace_folders = { { uri = vim.uri_from_fname(root_dir), name = root_dir } },
    -- Answers the server's workspace/configuration request for the section "venvlsp", and goes with
    -- didChangeConfiguration; initializationOptions carry the same keys for the first analysis.
    settings = { venvlsp = as_object(options.settings) },
    init_options = as_object(options.settings),
    on_attach = options.on_attach,
    capabilities = options.capabilities,
  }
end

local function basename(path)
  return path:match('([^/]+)$') or path
end

--- Whether the buffer is one VenvLsp checks: a file on disk of a wanted filetype; JSON only for
--- venvlsp.json, gitignore only for .gitignore.
function M.wants(bufnr)
  if vim.bo[bufnr].buftype ~= '' then
    return false
  end
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' or name:match('^%a[%w+.-]*://') then
    return false
  end
  local filetype = vim.bo[bufnr].filetype
  if not vim.tbl_contains(M.options.filetypes, filetype) then
    return false
  end
  if filetype == 'json' or filetype == 'jsonc' then
    return basename(name) == 'venvlsp.json'
  end
  return true
end

--- The venvlsp client attached to a buffer, if any.
function M.client(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  return compat.clients({ bufnr = bufnr, name = M.name })[1]
end

--- Starts (or reuses) the client for the buffer's root and attaches the buffer.
function M.start(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  if not M.wants(bufnr) then
    return nil
  end
  local executable = M.options.cmd[1]
  if vim.fn.executable(executable) ~= 1 then
    vim.notify_once(('VenvLsp: cannot start the server: %s is not executable. Set cmd in require("venvlsp").setup().'):format(executable), vim.log.levels.ERROR)
    return nil
  end
  local root_dir = root.find(vim.api.nvim_buf_get_name(bufnr))
  local config = M.client_config(root_dir)
  if vim.lsp.start then
    -- Reuses a running client with the same name and root_dir.
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local id = clients_by_root[root_dir]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or compat.call(client, 'is_stopped') then
    id = vim.lsp.start_client(config)
    clients_by_root[root_dir] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

--- Replaces the settings and sends them to every running venvlsp client.
function M.update_settings(settings)
  M.options.settings = settings
  for _, client in ipairs(compat.clients({ name = M.name })) do
    client.config.settings = { venvlsp = as_object(settings) }
    compat.call(client, 'notify', 'workspace/didChangeConfiguration', { settings = client.config.settings })
  end
end

--- Applies the server's source.fixAll.venvlsp action (every safe fix) to the buffer.
--- Returns true when an edit was applied.
function M.fix_all(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local client = M.client(bufnr)
  if not client then
    vim.notify('VenvLsp: the server is not attached to this buffer.', vim.log.levels.WARN)
    return false
  end
  local last = vim.api.nvim_buf_line_count(bufnr)
  local last_line = vim.api.nvim_buf_get_lines(bufnr, last - 1, last, false)[1] or ''
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = {
      start = { line = 0, character = 0 },
      ['end'] = { line = last - 1, character = compat.line_length(last_line, client.offset_encoding) },
    },
    context = { diagnostics = {}, only = { M.fix_all_kind } },
  }
  local response, err = compat.call(client, 'request_sync', 'textDocument/codeAction', params, 5000, bufnr)
  if not response or response.err then
    vim.notify('VenvLsp: Fix All failed: ' .. tostring(err or (response and response.err and response.err.message)), vim.log.levels.ERROR)
    return false
  end
  for _, action in ipairs(response.result or {}) do
    if action.kind == M.fix_all_kind and action.edit then
      vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
      return true
    end
  end
  vim.notify('VenvLsp: nothing to fix in this file.', vim.log.levels.INFO)
  return false
end

--- Configures the plugin: options (see `defaults`), the autocommand that starts the server, and the
--- :VenvLspFixAll, :VenvLspStart and :VenvLspRestart commands.
function M.setup(opts)
  M.options = vim.tbl_deep_extend('force', vim.deepcopy(defaults), opts or {})
  -- Lists replace the defaults rather than merge with them index by index.
  if opts and opts.cmd then
    M.options.cmd = opts.cmd
  end
  if opts and opts.filetypes then
    M.options.filetypes = opts.filetypes
  end

  local group = vim.api.nvim_create_augroup('venvlsp', { clear = true })
  if M.options.autostart then
    vim.api.nvim_create_autocmd('FileType', {
      group = group,
      pattern = M.options.filetypes,
      callback = function(args)
        M.start(args.buf)
      end,
    })
  end
  vim.api.nvim_create_user_command('VenvLspFixAll', function()
    M.fix_all(0)
  end, { desc = 'VenvLsp: apply every safe fix in this file' })
  vim.api.nvim_create_user_command('VenvLspStart', function()
    M.start(0)
  end, { desc = 'VenvLsp: start the server for this buffer' })
  vim.api.nvim_create_user_command('VenvLspRestart', function()
    M.restart()
  end, { desc = 'VenvLsp: restart the server' })

  -- Buffers already open when setup runs (lazy loading) get the server too.
  if M.options.autostart then
    for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(bufnr) then
        M.start(bufnr)
      end
    end
  end
end

--- Stops every venvlsp client and starts them again for the buffers they served.
function M.restart()
  local buffers = vim.tbl_filter(function(bufnr)
    return M.client(bufnr) ~= nil
  end, vim.api.nvim_list_bufs())
  for _, client in ipairs(compat.clients({ name = M.name })) do
    compat.call(client, 'stop')
  end
  clients_by_root = {}
  vim.defer_fn(function()
    for _, bufnr in ipairs(buffers) do
      if vim.api.nvim_buf_is_valid(bufnr) then
        M.start(bufnr)
      end
    end
  end, 500)
end

return M
