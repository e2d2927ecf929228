"""Fill unfinished messages of a .ts file from a dict {(context, source): translation}.
Text edits only (keeps lupdate's layout); reports what it could not fill."""
import re, sys, html, json, importlib.util

def esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
             .replace('"', '&quot;').replace("'", '&apos;'))

def unesc(s):
    return html.unescape(s)

FALLBACK = None
def apply(path, table):
    text = open(path, encoding='utf-8').read()
    out, pos, ctx = [], 0, None
    filled, missing = 0, []
    tok = re.compile(r'<name>(.*?)</name>|(<message( numerus="yes")?>.*?</message>)', re.S)
    for m in tok.finditer(text):
        if m.group(1) is not None:
            ctx = unesc(m.group(1)); continue
        block = m.group(2)
        if 'type="unfinished"' not in block:
            continue
        src = unesc(re.search(r'<source>(.*?)</source>', block, re.S).group(1))
        key = (ctx, src)
        tr = table.get(key)
        if tr is None and FALLBACK:
            tr = FALLBACK(ctx, src)
        if tr is None:
            missing.append(key); continue
        numerus = m.group(3) is not None
        indent = '        '
        if numerus:
            new_tr = f'<translation>\n{indent}    <numerusform>{esc(tr)}</numerusform>\n{indent}</translation>'
        else:
            new_tr = f'<translation>{esc(tr)}</translation>'
        new_block = re.sub(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>',
                           lambda _: new_tr, block, count=1, flags=re.S)
        out.append(text[pos:m.start(2)]); out.append(new_block); pos = m.end(2)
        filled += 1
    out.append(text[pos:])
    open(path, 'w', encoding='utf-8').write(''.join(out))
    return filled, missing

if __name__ == '__main__':
    T = {}
    for p in sys.argv[2:]:
        spec = importlib.util.spec_from_file_location('t'+str(len(T)), p); mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        T.update(mod.T)
        if hasattr(mod, 'fallback'): FALLBACK = mod.fallback
    filled, missing = apply(sys.argv[1], T)
    print('filled', filled)
    for k in missing: print('MISSING', k)
