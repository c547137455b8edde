-- VenvLsp for vim.lsp.config / vim.lsp.enable (Neovim 0.11 and later). With this folder on the
-- runtimepath:
--
--   vim.lsp.config('venvlsp', { settings = { venvlsp = { approvedList = 'approved-software.txt' } } })
--   vim.lsp.enable('venvlsp')
--
-- The filetypes come from this plugin's ftdetect; the root is the package (or repository) folder.
local venvlsp = require('venvlsp')

return {
  cmd = { 'venvlsp', 'serve' },
  filetypes = venvlsp.options.filetypes,
  root_dir = function(bufnr, on_dir)
    -- JSON and gitignore buffers only when they are venvlsp.json and .gitignore.
    if venvlsp.wants(bufnr) then
      on_dir(require('venvlsp.root').find(vim.api.nvim_buf_get_name(bufnr)))
    end
  end,
  settings = { venvlsp = {} },
  on_attach = function(_, bufnr)
    vim.api.nvim_buf_create_user_command(bufnr, 'VenvLspFixAll', function()
      venvlsp.fix_all(bufnr)
    end, { desc = 'VenvLsp: apply every safe fix in this file' })
  end,
}
