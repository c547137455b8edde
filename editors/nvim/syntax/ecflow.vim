" ecFlow job cards: the shell syntax, plus ecFlow directives (%include <head.h>), variables
" (%NAME%, %NAME:default%) and %manual / %comment ... %end blocks shown as comments.
if exists('b:current_syntax')
  finish
endif
let b:is_bash = 1
runtime! syntax/sh.vim
unlet! b:current_syntax

syn region ecflowManual start=/^%\(manual\|comment\)\>/ end=/^%end\>.*$/ keepend
syn match ecflowDirective /^%\(include\|includeonce\|includenopp\|nopp\|ecfmicro\|end\)\>.*$/
syn match ecflowVariable /%[A-Za-z_][A-Za-z0-9_]*\(:[^%]*\)\=%/ containedin=ALLBUT,ecflowManual,ecflowDirective

hi def link ecflowManual Comment
hi def link ecflowDirective PreProc
hi def link ecflowVariable Identifier

let b:current_syntax = 'ecflow'
