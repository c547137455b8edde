-- Headless Neovim with the plugin, on a copy of the repository's examples/: filetype detection, the
-- root folder, the server's diagnostics, a quick fix through vim.lsp.buf.code_action, a settings
-- change, :VenvLspFixAll and lsp/venvlsp.lua. Run by test/run.sh, which sets:
--   VENVLSP_TEST_WORK     a temporary folder holding the copy in examples/
--   VENVLSP_TEST_SERVER   the server's venvlsp.dll
--   VENVLSP_TEST_RESULTS  where to write one line per test: "ok NAME" or "not ok NAME: WHY"
--   VENVLSP_TEST_FIXED    the example requirements file as `venvlsp check --fix` leaves it

local work = assert(os.getenv('VENVLSP_TEST_WORK'), 'VENVLSP_TEST_WORK is not set')
local server = assert(os.getenv('VENVLSP_TEST_SERVER'), 'VENVLSP_TEST_SERVER is not set')
local results_file = assert(os.getenv('VENVLSP_TEST_RESULTS'), 'VENVLSP_TEST_RESULTS is not set')
local fixed_requirements = assert(os.getenv('VENVLSP_TEST_FIXED'), 'VENVLSP_TEST_FIXED is not set')

local examples = work .. '/examples'
local package_dir = examples .. '/aigfs.v1.0.0'
local requirements = package_dir .. '/requirements.txt'

-- What `venvlsp check` reports on the example requirements file: rule ID and 0-based line.
local expected = { 'VENV106@2', 'VENV101@3', 'VENV103@4', 'VENV102@4', 'VENV102@5', 'VENV104@10', 'VENV112@11', 'VENV101@12', 'VENV105@12' }

local results = {}
local function test(name, body)
  local ok, err = pcall(body)
  table.insert(results, { name = name, ok = ok, err = err })
end

local function write_file(path, text)
  vim.fn.mkdir(vim.fn.fnamemodify(path, ':h'), 'p')
  local file = assert(io.open(path, 'w'))
  file:write(text)
  file:close()
end

local function without(list, removed)
  return vim.tbl_filter(function(item)
    return not vim.tbl_contains(removed, item)
  end, list)
end

local function sorted(list)
  local copy = vim.deepcopy(list)
  table.sort(copy)
  return copy
end

local function same(a, b)
  return table.concat(sorted(a), ' ') == table.concat(sorted(b), ' ')
end

-- The buffer's diagnostics as "ID@line". The rule ID is the LSP code (kept under user_data on 0.7).
local function diagnostic_keys(bufnr)
  local keys = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(keys, ('%s@%d'):format(tostring(code), d.lnum))
  end
  return keys
end

-- Waits until the buffer's diagnostics are `want`; fails with what it had.
local function wait_for_diagnostics(bufnr, want, what)
  local ok = vim.wait(20000, function()
    return same(diagnostic_keys(bufnr), want)
  end, 50)
  assert(ok, ('%s: expected %s, got %s'):format(what, table.concat(sorted(want), ' '), table.concat(sorted(diagnostic_keys(bufnr)), ' ')))
end

local function line(bufnr, lnum)
  return vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1]
end

vim.cmd('filetype on')

test('ftdetect: requirements, ecflow and J-job files get their filetypes', function()
  local cases = {
    [package_dir .. '/requirements.txt'] = 'requirements',
    [work .. '/pkg.v2.0.0/requirements-dev.txt'] = 'requirements',
    [work .. '/pkg.v2.0.0/sorc/requirements.txt.j2'] = 'requirements',
    [work .. '/pkg.v2.0.0/ecf/jpkg_forecast.ecf'] = 'ecflow',
    [work .. '/pkg.v2.0.0/ecf/include/head.h'] = 'ecflow',
    [work .. '/pkg.v2.0.0/jobs/JPKG_FORECAST'] = 'sh',
    [work .. '/pkg.v2.0.0/versions/run.ver'] = 'sh',
  }
  for path, filetype in pairs(cases) do
    if vim.fn.filereadable(path) == 0 then
      write_file(path, '# sample\n')
    end
    vim.cmd('edit ' .. vim.fn.fnameescape(path))
    assert(vim.bo.filetype == filetype, ('%s: filetype %q, expected %q'):format(path, vim.bo.filetype, filetype))
    vim.cmd('bwipeout!')
  end
end)

test('root: the package folder, else the repository, else the file folder', function()
  local root = require('venvlsp.root')
  write_file(work .. '/repo/.git/HEAD', 'ref: refs/heads/main\n')
  write_file(work .. '/repo/tools/requirements.txt', 'numpy\n')
  write_file(work .. '/repo/hafs/ecf/jhafs.ecf', '%include <head.h>\n')
  local cases = {
    [requirements] = package_dir,
    [work .. '/pkg.v2.0.0/jobs/JPKG_FORECAST'] = work .. '/pkg.v2.0.0',
    [work .. '/repo/tools/requirements.txt'] = work .. '/repo',
    [work .. '/repo/hafs/ecf/jhafs.ecf'] = work .. '/repo/hafs',
  }
  for file, want in pairs(cases) do
    local got = root.find(file)
    assert(got == want, ('%s: root %s, expected %s'):format(file, got, want))
  end
end)

-- A second file of the package, to show it shares the package's client.
write_file(package_dir .. '/jobs/JAIGFS_FORECAST', '#!/bin/bash\nset -x\n')

require('venvlsp').setup({
  cmd = { 'dotnet', server, 'serve' },
  log_file = work .. '/venvlsp.log',
  log_level = 'debug',
})

local bufnr
test('opening the example requirements file starts the server with the package as root', function()
  vim.cmd('edit ' .. vim.fn.fnameescape(requirements))
  bufnr = vim.api.nvim_get_current_buf()
  local attached = vim.wait(20000, function()
    return require('venvlsp').client(bufnr) ~= nil
  end, 50)
  assert(attached, 'no venvlsp client attached to the buffer')
  local client = require('venvlsp').client(bufnr)
  assert(client.config.root_dir == package_dir, 'root_dir is ' .. tostring(client.config.root_dir))
end)

test('the expected diagnostics arrive, IDs and lines as venvlsp check gives them', function()
  wait_for_diagnostics(bufnr, expected, 'diagnostics of requirements.txt')
end)

test('the VENV101 quick fix through vim.lsp.buf.code_action replaces nunpy, and its diagnostic goes', function()
  vim.api.nvim_win_set_cursor(0, { 4, 0 })
  local function wanted(action)
    return action.kind == 'quickfix' and action.isPreferred == true and action.title:find('numpy', 1, true) ~= nil
  end
  if vim.fn.has('nvim-0.8') == 1 then
    vim.lsp.buf.code_action({ filter = wanted, apply = true })
  else
    -- Neovim 0.7 asks through vim.ui.select: answer as the user would, picking the preferred fix.
    local select = vim.ui.select
    vim.ui.select = function(items, _, on_choice)
      vim.ui.select = select
      for _, item in ipairs(items) do
        if wanted(item[2]) then
          return on_choice(item)
        end
      end
      error('no preferred numpy quick fix among ' .. vim.inspect(items))
    end
    vim.lsp.buf.code_action()
  end
  local applied = vim.wait(10000, function()
    return line(bufnr, 3) == 'numpy==1.26.4'
  end, 50)
  assert(applied, 'line 4 is ' .. vim.inspect(line(bufnr, 3)))
  wait_for_diagnostics(bufnr, without(expected, { 'VENV101@3' }), 'after the quick fix')
end)

test('another file of the package shares the client (one client per root)', function()
  local first = require('venvlsp').client(bufnr)
  vim.cmd('split ' .. vim.fn.fnameescape(package_dir .. '/jobs/JAIGFS_FORECAST'))
  local job = vim.api.nvim_get_current_buf()
  assert(vim.bo[job].filetype == 'sh', 'the J-job has filetype ' .. vim.bo[job].filetype)
  local attached = vim.wait(10000, function()
    return require('venvlsp').client(job) ~= nil
  end, 50)
  assert(attached, 'no client attached to the J-job')
  assert(require('venvlsp').client(job).id == first.id, 'the J-job got a client of its own')
  vim.cmd('close')
end)

test('a settings change (VENV103 off) reaches the server', function()
  require('venvlsp').update_settings({ rules = { VENV103 = 'off' } })
  wait_for_diagnostics(bufnr, without(expected, { 'VENV101@3', 'VENV103@4' }), 'after turning VENV103 off')
  require('venvlsp').update_settings({})
  wait_for_diagnostics(bufnr, without(expected, { 'VENV101@3' }), 'after turning VENV103 back on')
end)

test(':VenvLspFixAll, repeated until nothing is left to fix, gives what venvlsp check --fix gives', function()
  -- One Fix All applies the safe fixes that can go together; a fix can uncover another (splitting
  -- "--pre requests" leaves "requests" unpinned), so it is repeated, as `check --fix` repeats.
  local passes = 0
  while passes < 5 do
    local before_tick = vim.api.nvim_buf_get_changedtick(bufnr)
    local before_keys = diagnostic_keys(bufnr)
    vim.cmd('VenvLspFixAll')
    passes = passes + 1
    if vim.api.nvim_buf_get_changedtick(bufnr) == before_tick then
      break
    end
    local republished = vim.wait(30000, function()
      return not same(diagnostic_keys(bufnr), before_keys)
    end, 50)
    assert(republished, 'no new diagnostics after Fix All pass ' .. passes .. ': ' .. table.concat(diagnostic_keys(bufnr), ' '))
  end
  assert(passes >= 2 and passes < 5, ('Fix All ran %d times'):format(passes))
  local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'
  local file = assert(io.open(fixed_requirements))
  local want = file:read('*a')
  file:close()
  assert(text == want, 'the buffer after Fix All:\n' .. text .. '\nvenvlsp check --fix:\n' .. want)
  wait_for_diagnostics(bufnr, { 'VENV102@4', 'VENV101@11', 'VENV105@11' }, 'after Fix All')
end)

test('lsp/venvlsp.lua gives vim.lsp.config a command, the filetypes and the package root', function()
  local files = vim.api.nvim_get_runtime_file('lsp/venvlsp.lua', false)
  assert(#files == 1, 'lsp/venvlsp.lua is not on the runtimepath')
  local config = dofile(files[1])
  assert(config.cmd[1] == 'venvlsp' and config.cmd[2] == 'serve', 'cmd ' .. vim.inspect(config.cmd))
  assert(vim.tbl_contains(config.filetypes, 'requirements') and vim.tbl_contains(config.filetypes, 'ecflow'), 'filetypes')
  local root
  config.root_dir(bufnr, function(dir)
    root = dir
  end)
  assert(root == package_dir, 'root_dir gives ' .. tostring(root))
  assert(config.settings.venvlsp ~= nil, 'no settings.venvlsp section')
end)

local out = assert(io.open(results_file, 'w'))
for _, result in ipairs(results) do
  if result.ok then
    out:write('ok ' .. result.name .. '\n')
  else
    out:write('not ok ' .. result.name .. ': ' .. tostring(result.err):gsub('\n', '\n    ') .. '\n')
  end
end
out:close()

-- Stop the server cleanly (shutdown, exit) before leaving.
for _, client in ipairs(require('venvlsp.compat').clients({ name = 'venvlsp' })) do
  require('venvlsp.compat').call(client, 'stop')
end
vim.wait(5000, function()
  return #require('venvlsp.compat').clients({ name = 'venvlsp' }) == 0
end, 50)
vim.cmd('qall!')
