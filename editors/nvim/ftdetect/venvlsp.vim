" VenvLsp: filetypes of NCO package files.
" `set filetype` rather than `setfiletype`, so these win over the generic detection of *.txt and *.h.

" ecFlow job cards and their include files.
autocmd BufRead,BufNewFile *.ecf set filetype=ecflow
autocmd BufRead,BufNewFile */ecf/include/*.h set filetype=ecflow
autocmd BufRead,BufNewFile */ecf/* if expand('<afile>:e') ==# '' | set filetype=ecflow | endif

" J-jobs are shell scripts without an extension; versions files are shell assignments.
autocmd BufRead,BufNewFile */jobs/J* if expand('<afile>:e') ==# '' | set filetype=sh | endif
autocmd BufRead,BufNewFile */versions/*.ver set filetype=sh

" pip requirements and constraints files, also as Jinja templates.
autocmd BufRead,BufNewFile requirements*.txt,*requirements*.in,constraints*.txt,*.txt.j2 set filetype=requirements

" VenvLsp's configuration allows comments and trailing commas.
autocmd BufRead,BufNewFile venvlsp.json set filetype=jsonc
