import re, sys, xml.etree.ElementTree as ET
ph = re.compile(r'%L?(?:[1-9][0-9]?|n)')
def acc(t):
    i=0
    while i+1 < len(t):
        if t[i]=='&':
            if t[i+1]=='&': i+=2; continue
            if not t[i+1].isspace(): return t[i+1]
        i+=1
    return None
bad=0
for f in sys.argv[1:]:
    for ctx in ET.parse(f).getroot().iter('context'):
        for m in ctx.iter('message'):
            s=m.find('source').text; tr=m.find('translation')
            ts=[x.text or '' for x in tr.findall('numerusform')] if m.get('numerus')=='yes' else [tr.text or '']
            for x in ts:
                if sorted(set(ph.findall(s)))!=sorted(set(ph.findall(x))) or (acc(s) and (acc(x) or '').lower()!=acc(s).lower()) or tr.get('type')=='unfinished':
                    bad+=1; print(f, repr(s), '=>', repr(x))
print('bad', bad)
