cat <<-EOF >x
	$(echo ${a:-b} "$((1+2))")
	EOF
case $x in a|b) ;; esac
for ((i=0;i<3;i++)); do [[ -n $i ]] && f() { :; }; done
