/**
 * Passwords people pick first, here and abroad: the top of public leak lists (SecLists' most common
 * credentials) and their usual Chinese variants. Matched case-insensitively after trimming; short
 * ones are here too because a long password repeats them (see trivialReason).
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  `
123456 1234567 12345678 123456789 1234567890 12345678910 0123456789 1234567899 123123123 123321123
111111 11111111 1111111111 000000 00000000 0000000000 888888 88888888 666666 66666666 520520
5201314 5201314520 1314520 woaini woaini1314 woaini520 iloveyou iloveyou1 iloveyou123 woaiwojia
password password1 password12 password123 password1234 passw0rd p@ssw0rd p@ssword passwd
admin admin123 admin1234 admin12345 admin@123 administrator root root123 root1234 toor
qwerty qwerty123 qwertyuiop qwerty1234 qwertyui asdfghjkl asdfgh asdf1234 zxcvbnm zxcvbnm123
1qaz2wsx 1qaz2wsx3edc 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y qazwsx qazwsxedc qaz123 zaq12wsx
abc123 abc12345 abc123456 abcd1234 abcdefg abcdefgh abcdefghij a123456 a12345678 a123456789
aa123456 aa12345678 123456a 12345678a 123456789a 1234567890a 123456aa 123abc 123qwe 123qweasd
qweasd qweasdzxc qweasdzxc123 qwe123 qwe123456 asd123 asd123456 zxc123 zxc123456 112233 11223344
121212 123654 147258 147258369 159357 159753 654321 987654321 9876543210 741852963 789456123
letmein welcome welcome1 welcome123 monkey dragon master sunshine princess football baseball
shadow superman batman trustno1 michael jordan23 whatever freedom starwars hello123 hello1234
changeme default guest test test123 test1234 testtest user user123 login secret secret123
china china123 zhongguo beijing shanghai nihao nihao123 wangyi baidu taobao
fazhi fazhi123 fazhi2024 fazhi2025 sifaju sifa123 zhengfu zhengfu123 gov123 gov12345
`
    .split(/\s+/)
    .filter((p) => p.length > 0),
);
