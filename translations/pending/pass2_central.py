# Line-by-line translation of mucotrack-central's usage text, which several branches extend.
T = {}
LINES = {
"Usage: mucotrack-central COMMAND [OPTIONS]": "用法：mucotrack-central 命令 [选项]",
"": "",
"The trial's central site: enrolled devices sync with it over HTTPS.": "本试验的中心站点：已注册的设备通过 HTTPS 与其同步。",
"Every command takes the store: --data DIR (the embedded store in DIR) or": "每个命令都需指定存储：--data DIR（DIR 中的内嵌存储）或",
'--postgres CONNINFO (libpq keywords, e.g. "host=db dbname=mucotrack user=mucotrack";': '--postgres CONNINFO（libpq 关键字，如 "host=db dbname=mucotrack user=mucotrack"；',
"the password comes from ~/.pgpass or PGPASSFILE, never from the command line).": "密码取自 ~/.pgpass 或 PGPASSFILE，绝不来自命令行）。",
"Commands:": "命令：",
"  init [--json]                  create the store, once": "  init [--json]                  创建存储（仅一次）",
"  enroll --site CODE [--json]    print a one-time enrolment code for a device of site CODE": "  enroll --site CODE [--json]    为站点 CODE 的设备打印一次性注册码",
"  serve --listen HOST:PORT --tls-cert FILE --tls-key FILE": "  serve --listen HOST:PORT --tls-cert FILE --tls-key FILE",
"                                 serve HTTPS (PEM certificate and key) until SIGTERM": "                                 提供 HTTPS 服务（PEM 证书和密钥），直至收到 SIGTERM",
"  serve --listen 127.0.0.1:PORT --insecure-loopback": "  serve --listen 127.0.0.1:PORT --insecure-loopback",
"                                 serve plain HTTP, on a loopback address only": "                                 提供明文 HTTP 服务，仅限回环地址",
"  serve ... --idle-timeout SECONDS  close a connection that has not sent its request's": "  serve ... --idle-timeout SECONDS  连接在 SECONDS 秒内未发完请求头",
"                                 headers within SECONDS (default 10)": "                                 即关闭（默认 10）",
"  serve ... --max-connections N  serve at most N connections at once (default 1000)": "  serve ... --max-connections N  同时最多处理 N 个连接（默认 1000）",
"  devices                        list the enrolled devices": "  devices                        列出已注册的设备",
"  revoke --device ID             cut a device off": "  revoke --device ID             吊销设备",
"  queries [--open] [--json]      every site's data queries, their state and age": "  queries [--open] [--json]      所有站点的数据质疑及其状态和存在天数",
"  report primary-endpoint [--json]": "  report primary-endpoint [--json]",
"                                 the primary endpoint over the whole trial, and every other scale": "                                 全试验的主要终点分析，以及其他各量表的相同分析",
"  report dmc --out FILE.pdf      the data monitoring committee's report (PDF, A4)": "  report dmc --out FILE.pdf      数据监查委员会报告（PDF，A4）",
"  export odm --out FILE.xml      CDISC ODM 1.3.2 snapshot of the whole trial": "  export odm --out FILE.xml      全试验数据的 CDISC ODM 1.3.2 快照",
"  export csv --out DIR           one CSV file per domain and a data dictionary": "  export csv --out DIR           每个数据域一个 CSV 文件，另附数据字典",
"  integrity [--json]             devices whose audit trail no longer holds the head anchored earlier": "  integrity [--json]             稽查轨迹已不再包含先前锚定的链头的设备",
"Options:": "选项：",
"  -h, --help                     show this help": "  -h, --help                     显示本帮助",
"  --version                      show the version": "  --version                      显示版本",
"Exit status: 0 success, 2 usage, 4 invalid input, 5 storage error, 6 network error.": "退出状态：0 成功，2 用法错误，4 输入无效，5 存储错误，6 网络错误。",
}
def fallback(ctx, src):
    if ctx != 'Central' or not src.startswith('Usage: mucotrack-central'):
        return None
    out = []
    for line in src.split('\n'):
        if line not in LINES:
            print('CENTRAL USAGE LINE UNKNOWN:', repr(line))
            return None
        out.append(LINES[line])
    return '\n'.join(out)
