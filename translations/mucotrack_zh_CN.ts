<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../core/security/Accounts.cpp" line="53"/>
        <source>Your account has no signing key yet; sign in again.</source>
        <translation>您的账户尚无签名密钥；请重新登录。</translation>
    </message>
    <message>
        <location filename="../core/security/Accounts.cpp" line="78"/>
        <source>an account named %1 already exists</source>
        <translation>已存在名为 %1 的账户</translation>
    </message>
    <message>
        <location filename="../core/security/Accounts.cpp" line="152"/>
        <location filename="../core/security/Accounts.cpp" line="213"/>
        <source>no active account is named %1</source>
        <translation>没有名为 %1 的已启用账户</translation>
    </message>
    <message>
        <location filename="../core/security/Accounts.cpp" line="210"/>
        <source>a reason is required to change an account</source>
        <translation>修改账户必须填写原因</translation>
    </message>
    <message>
        <location filename="../core/security/Accounts.cpp" line="223"/>
        <source>this is the site&apos;s last active administrator; make another administrator first</source>
        <translation>这是本站点最后一位在用的管理员；请先指定另一位管理员</translation>
    </message>
    <message>
        <location filename="../core/security/Accounts.cpp" line="262"/>
        <source>you cannot deactivate your own account</source>
        <translation>不能停用您自己的账户</translation>
    </message>
    <message>
        <location filename="../core/security/Accounts.cpp" line="294"/>
        <source>%1 is deactivated, but the database key was not replaced yet (%2). It is replaced at the next sign-in.</source>
        <translation>%1 已停用，但数据库密钥尚未更换（%2）。将在下次登录时更换。</translation>
    </message>
</context>
<context>
    <name>AdverseEvents</name>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="40"/>
        <source>name the adverse event (CTCAE term)</source>
        <translation>请填写不良事件名称（CTCAE 术语）</translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="43"/>
        <source>&quot;%1&quot; is not a CTCAE v5.0 term; choose one from the list, or &quot;&lt;organ class&gt; - Other, specify&quot; and describe it</source>
        <translation>“%1”不是 CTCAE v5.0 术语；请从列表中选择，或选择“&lt;器官系统&gt; - Other, specify”并加以描述</translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="51"/>
        <source>describe the event: &quot;%1&quot; needs your words</source>
        <translation>请描述该事件：“%1”需要您用文字说明</translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="53"/>
        <source>a CTCAE grade is 1 to 5</source>
        <translation>CTCAE 分级为 1 至 5 级</translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="55"/>
        <source>CTCAE v5.0 has no grade %1 for %2</source>
        <translation>CTCAE v5.0 中 %2 没有 %1 级</translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="57"/>
        <source>the onset date is required</source>
        <translation>必须填写发生日期</translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="59"/>
        <source>resolution cannot come before onset</source>
        <translation>缓解日期不能早于发生日期</translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="61"/>
        <source>choose the relation to the study drug</source>
        <translation>请选择与研究药物的相关性</translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="63"/>
        <source>choose the action taken</source>
        <translation>请选择采取的措施</translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="65"/>
        <source>choose the outcome</source>
        <translation>请选择转归</translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="67"/>
        <source>a grade 5 event has the outcome fatal</source>
        <translation>5 级事件的转归应为死亡</translation>
    </message>
</context>
<context>
    <name>AllocationList</name>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="58"/>
        <location filename="../core/central/AllocationList.cpp" line="140"/>
        <source>Only the trial&apos;s statistician sets up the randomization lists.</source>
        <translation>只有本试验的统计师才能建立随机化列表。</translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="61"/>
        <source>block sizes are even numbers (1:1 within every block)</source>
        <translation>区组大小应为偶数（每个区组内 1:1）</translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="63"/>
        <source>must be a whole number from 1 to 10000</source>
        <translation>必须是 1 至 10000 的整数</translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="74"/>
        <source>&quot;%1&quot; is not a site code</source>
        <translation>“%1”不是站点代码</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/central/AllocationList.cpp" line="82"/>
        <location filename="../core/central/AllocationList.cpp" line="148"/>
        <source>the list has %n allocation(s) or reserved entries; it cannot be replaced</source>
        <translation>
            <numerusform>列表中已有 %n 个已分配或已储备的条目；不能替换</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="208"/>
        <source>the patient is required</source>
        <translation>必须指定患者</translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="210"/>
        <source>&quot;%1&quot; is not a stratum</source>
        <translation>“%1”不是有效的分层</translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="212"/>
        <source>A device of site %1 may not randomize in stratum %2.</source>
        <translation>站点 %1 的设备不能在分层 %2 中进行随机分组。</translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="217"/>
        <source>A device of site %1 may not randomize another site&apos;s patient.</source>
        <translation>站点 %1 的设备不能对其他站点的患者进行随机分组。</translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="238"/>
        <source>the allocation list of stratum %1 is used up or was never set up; ask the trial&apos;s statistician</source>
        <translation>分层 %1 的分配列表已用完或从未建立；请联系本试验的统计师</translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="291"/>
        <source>Device %1 opened reserve entry %2 #%3 but no randomization of it reached the central site.</source>
        <translation>设备 %1 拆封了储备条目 %2 #%3，但中心站点未收到相应的随机化记录。</translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="298"/>
        <source>Device %1 holds a reserve entry %2 #%3 the central site never issued to it.</source>
        <translation>设备 %1 持有储备条目 %2 #%3，但中心站点从未向其发放该条目。</translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="407"/>
        <source>%1 was given entry %2, which is not on the list.</source>
        <translation>%1 被分配了条目 %2，但该条目不在列表中。</translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="412"/>
        <source>%1 is recorded in arm %2; entry %3 of the list says %4.</source>
        <translation>%1 记录的组别为 %2；而列表条目 %3 的组别为 %4。</translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="414"/>
        <source>Entry %1 was used twice (%2 and another patient).</source>
        <translation>条目 %1 被使用了两次（%2 和另一名患者）。</translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="418"/>
        <source>%1 was randomized twice (%2 and %3).</source>
        <translation>%1 被随机分组了两次（%2 和 %3）。</translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="426"/>
        <source>%1 was given entry %2, which was never issued to the device that used it.</source>
        <translation>%1 被分配了条目 %2，但该条目从未发放给使用它的设备。</translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="436"/>
        <source>Entry %1 was opened out of order: an earlier entry of the same reserve is still sealed.</source>
        <translation>条目 %1 未按顺序拆封：同一储备中更早的条目仍处于封存状态。</translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="466"/>
        <source>Only the trial&apos;s statistician reads the randomization lists.</source>
        <translation>只有本试验的统计师才能查看随机化列表。</translation>
    </message>
</context>
<context>
    <name>AllocationSeal</name>
    <message>
        <location filename="../core/security/AllocationSeal.cpp" line="43"/>
        <source>a reserve&apos;s sealing key has %1 bytes</source>
        <translation>随机化储备的封存密钥应为 %1 字节</translation>
    </message>
    <message>
        <location filename="../core/security/AllocationSeal.cpp" line="45"/>
        <source>libsodium could not be initialised.</source>
        <translation>无法初始化 libsodium。</translation>
    </message>
</context>
<context>
    <name>AllocationSequence</name>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="89"/>
        <source>must be one of %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="92"/>
        <source>levels are distinct lower-case words</source>
        <translation>各水平应为互不相同的小写单词</translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="96"/>
        <source>a factor has at least two levels</source>
        <translation>每个因素至少要有两个水平</translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="149"/>
        <source>&quot;%1&quot; is not a block size: sizes are even numbers from 2 to 20 (1:1 within every block)</source>
        <translation>“%1”不是有效的区组大小：区组大小应为 2 至 20 的偶数（每个区组内 1:1）</translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="152"/>
        <source>the block size %1 is given twice</source>
        <translation>区组大小 %1 重复给出</translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="161"/>
        <source>&quot;%1&quot; is not a stratum</source>
        <translation>“%1”不是有效的分层</translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="163"/>
        <source>must be a whole number from 1 to 10000</source>
        <translation>必须是 1 至 10000 的整数</translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="165"/>
        <source>at least one block size is needed</source>
        <translation>至少需要一个区组大小</translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="168"/>
        <source>block sizes are even numbers (1:1 within every block)</source>
        <translation>区组大小应为偶数（每个区组内 1:1）</translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="170"/>
        <source>libsodium could not be initialised.</source>
        <translation>无法初始化 libsodium。</translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="193"/>
        <source>line %1, column %2</source>
        <translation>第 %1 行，%2 列</translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="209"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clinical/AllocationSequence.cpp" line="210"/>
        <source>a line holds three columns (stratum,sequence,arm), this one %n</source>
        <translation>
            <numerusform>每行应有三列（stratum,sequence,arm），此行有 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="217"/>
        <source>&quot;%1&quot; is not a stratum (a site code such as GX01, then |factor=level for each factor)</source>
        <translation>“%1”不是有效的分层（应为站点代码，如 GX01，其后每个因素接一个 |factor=level）</translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="221"/>
        <source>&quot;%1&quot; is not a sequence number (1, 2, 3, ...)</source>
        <translation>“%1”不是有效的序号（1、2、3……）</translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="223"/>
        <source>stratum %1 expects sequence %2 here, not %3 (no gaps, no repeats, in order)</source>
        <translation>分层 %1 此处应为序号 %2，而不是 %3（须按顺序，不得跳号或重复）</translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="226"/>
        <source>&quot;%1&quot; is not an arm; use experimental or control</source>
        <translation>“%1”不是有效的组别；请使用 experimental 或 control</translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="231"/>
        <source>the list holds no allocations</source>
        <translation>列表中没有任何分配</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <location filename="../core/records/Assessments.cpp" line="55"/>
        <source>the visit needs a date</source>
        <translation>访视需要填写日期</translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="57"/>
        <source>%1 is in the future</source>
        <translation>%1 是将来的日期</translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="60"/>
        <source>PRO-CTCAE answers are 0 to 4</source>
        <translation>PRO-CTCAE 答案为 0 至 4</translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="63"/>
        <source>OMAS ulceration is 0-3 and erythema 0-2</source>
        <translation>OMAS 溃疡评分为 0-3，红斑评分为 0-2</translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="145"/>
        <source>no assessment has the id %1</source>
        <translation>不存在 ID 为 %1 的评估</translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="167"/>
        <source>I performed this oral mucositis assessment and confirm the findings and grades.</source>
        <translation>本人实施了此次口腔黏膜炎评估，并确认检查所见及分级。</translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="251"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="253"/>
        <source>signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="255"/>
        <source>superseded by a correction</source>
        <translation>已被更正取代</translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="267"/>
        <source>this assessment is %1; only a draft can be signed</source>
        <translation>此评估的状态为 %1；只有草稿可以签名</translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="288"/>
        <source>a correction of a signed assessment needs a reason</source>
        <translation>更正已签名的评估需要填写原因</translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="293"/>
        <source>only a signed assessment is corrected; a draft is simply re-recorded</source>
        <translation>只能更正已签名的评估；草稿直接重新记录即可</translation>
    </message>
</context>
<context>
    <name>AuditAnchoring</name>
    <message>
        <location filename="../core/sync/AuditAnchoring.cpp" line="102"/>
        <source>The audit trail does not verify (%1), so its signing keys are not sent; run `audit verify`.</source>
        <translation>审计追踪未通过核验（%1），因此未发送其签名密钥；请运行 `audit verify`。</translation>
    </message>
    <message>
        <location filename="../core/sync/AuditAnchoring.cpp" line="118"/>
        <source>An electronic signature does not hold (%1); run `audit verify`.</source>
        <translation>有电子签名未通过核验（%1）；请运行 `audit verify`。</translation>
    </message>
</context>
<context>
    <name>AuditAnchors</name>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="49"/>
        <source>the head of its chain (row %1) came unsigned</source>
        <translation>其链的链头（第 %1 行）未经签名</translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="67"/>
        <source>the head of its chain (row %1) is not signed by the key it names</source>
        <translation>其链的链头（第 %1 行）并非由其所指明的密钥签名</translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="73"/>
        <source>the head of its chain (row %1) names another account&apos;s key</source>
        <translation>其链的链头（第 %1 行）指明的是另一账户的密钥</translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="74"/>
        <source>the head of its chain (row %1) names a key withdrawn from its signer</source>
        <translation>其链的链头（第 %1 行）指明的是已从其签名者撤回的密钥</translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="85"/>
        <source>&quot;head&quot; needs a sequence number and a SHA-256 hash in hex</source>
        <translation>&quot;head&quot; 需要序号和十六进制的 SHA-256 哈希值</translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="93"/>
        <source>&quot;head.signature&quot; is a signature in hexadecimal</source>
        <translation>&quot;head.signature&quot; 须为十六进制的签名</translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="96"/>
        <source>&quot;head.public_key&quot; is a public key: 64 lower-case hex digits</source>
        <translation>&quot;head.public_key&quot; 须为公钥：64 位小写十六进制数字</translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="124"/>
        <source>The anchored row moved since it was asked for; ask again.</source>
        <translation>自请求以来，锚定的行已发生变化；请重新请求。</translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="160"/>
        <source>the chain ends at row %1, before row %2 anchored at %3: rows were removed or an older copy was put back</source>
        <translation>链在第 %1 行结束，早于 %3 锚定的第 %2 行：有行被删除，或放回了较旧的副本</translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="163"/>
        <source>the device did not say what its chain holds at row %1, anchored at %2</source>
        <translation>设备未说明其链在 %2 锚定的第 %1 行的内容</translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="165"/>
        <source>row %1 is no longer the row anchored at %2: the history before it was rewritten or removed</source>
        <translation>第 %1 行已不再是 %2 锚定的行：其之前的历史已被改写或删除</translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="186"/>
        <source>The central site refuses this audit trail head: its signature does not hold under the key of the user it names (%1). The central site&apos;s operator has been alerted.</source>
        <translation>中心站点拒绝此审计追踪链头：其签名无法通过所指明用户的密钥核验（%1）。已通知中心站点的管理员。</translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="188"/>
        <source>The central site refuses this device&apos;s data: its audit trail no longer holds what was anchored at an earlier sync (%1). The central site&apos;s operator has been alerted.</source>
        <translation>中心站点拒收此设备的数据：其稽查轨迹已不再包含先前同步时锚定的内容（%1）。已通知中心站点的运维人员。</translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="217"/>
        <source>%1 heads of its chain in a row since %2 named keys the central site does not hold: a copy of the device&apos;s token used elsewhere, or a device whose key certificates are never taken (enrol it again)</source>
        <translation>自 %2 起，其链头已连续 %1 次使用中心站点未持有的密钥：该设备令牌的副本在别处被使用，或该设备的密钥证书从未被接受（请重新注册该设备）</translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="267"/>
        <source>say why the alarm is acknowledged (what was found on the device)</source>
        <translation>请说明确认该警报的原因（在设备上发现了什么）</translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="276"/>
        <source>device %1 has no open audit-trail alarm (see mucotrack-central integrity)</source>
        <translation>设备 %1 没有未处理的稽查轨迹警报（见 mucotrack-central integrity）</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="223"/>
        <source>row %1 is not signed, but rows before it are</source>
        <translation>第 %1 行未签名，但其之前的行已签名</translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="225"/>
        <source>row %1 registers a key without a signature</source>
        <translation>第 %1 行登记了密钥但没有签名</translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="233"/>
        <location filename="../core/security/AuditChain.cpp" line="280"/>
        <location filename="../core/security/AuditChain.cpp" line="509"/>
        <source>row %1 is in the name of %2 but signed by %3</source>
        <translation>第 %1 行以 %2 的名义记录，却由 %3 签名</translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="240"/>
        <source>row %1 registers a malformed key</source>
        <translation>第 %1 行登记的密钥格式错误</translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="247"/>
        <source>row %1: %2 registered a key of their own; only an administrator may</source>
        <translation>第 %1 行：%2 为自己登记了密钥；只有管理员可以登记</translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="249"/>
        <location filename="../core/security/AuditChain.cpp" line="255"/>
        <location filename="../core/security/AuditChain.cpp" line="263"/>
        <source>row %1 has a signature that does not match its content or its signer</source>
        <translation>第 %1 行的签名与其内容或签名人不符</translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="252"/>
        <source>row %1: %2 registered a key for %3 without being an administrator with a key</source>
        <translation>第 %1 行：%2 为 %3 登记了密钥，但其本人不是持有密钥的管理员</translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="261"/>
        <location filename="../core/security/AuditChain.cpp" line="283"/>
        <source>row %1 is signed by %2, who has no registered key</source>
        <translation>第 %1 行由 %2 签名，但此人没有已登记的密钥</translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="286"/>
        <source>rows %1 to %2 have a signature that does not match their content or their signer</source>
        <translation>第 %1 至 %2 行的签名与其内容或签名人不符</translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="476"/>
        <source>rows %1 to %2 are not signed by %3, who wrote them</source>
        <translation>第 %1 至 %2 行未经其录入人 %3 签名</translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="498"/>
        <source>row %1 follows row %2: rows are missing or out of order</source>
        <translation>第 %1 行紧接第 %2 行：有行缺失或顺序错误</translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="500"/>
        <source>row %1 does not link to the row before it</source>
        <translation>第 %1 行与前一行的链接不符</translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="502"/>
        <source>row %1 was changed after it was written</source>
        <translation>第 %1 行在写入后被修改</translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="538"/>
        <source>the trail ends at row %1 but row %2 was written: rows were removed from its end</source>
        <translation>稽查轨迹止于第 %1 行，但曾写入第 %2 行：末尾的行已被删除</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../core/records/AuditTrail.cpp" line="93"/>
        <source>&quot;%1&quot; is not a table of this site</source>
        <translation>“%1”不是本站点的数据表</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <location filename="../core/security/BackupSchedule.cpp" line="64"/>
        <source>%1 is not an existing folder</source>
        <translation>%1 不是已存在的文件夹</translation>
    </message>
    <message>
        <location filename="../core/security/BackupSchedule.cpp" line="66"/>
        <source>must be between 1 and 365 backups</source>
        <translation>必须介于 1 到 365 份备份之间</translation>
    </message>
    <message>
        <location filename="../core/security/BackupSchedule.cpp" line="68"/>
        <source>must be between 0 (on demand only) and 30 days</source>
        <translation>必须介于 0（仅手动）到 30 天之间</translation>
    </message>
    <message>
        <location filename="../core/security/BackupSchedule.cpp" line="87"/>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/security/BackupSchedule.cpp" line="116"/>
        <location filename="../core/security/BackupSchedule.cpp" line="118"/>
        <source>The old backup %1 could not be removed.</source>
        <translation>无法删除旧备份 %1。</translation>
    </message>
</context>
<context>
    <name>Casebook</name>
    <message>
        <location filename="../core/export/Casebook.cpp" line="36"/>
        <source>Patient record</source>
        <translation>患者记录</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="37"/>
        <source>Eligibility screening</source>
        <translation>入组资格筛选</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="38"/>
        <source>Randomization</source>
        <translation>随机化</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="39"/>
        <source>Radiotherapy plan</source>
        <translation>放疗计划</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="40"/>
        <source>Radiotherapy fractions</source>
        <translation>放疗分次</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="41"/>
        <source>Oral mucositis grading</source>
        <translation>口腔黏膜炎分级</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="42"/>
        <source>Laboratory results</source>
        <translation>检验结果</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="43"/>
        <source>Study drug diary</source>
        <translation>研究药物日志</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="44"/>
        <source>Adverse events</source>
        <translation>不良事件</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="45"/>
        <source>Data queries</source>
        <translation>数据质疑</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="46"/>
        <source>Data query messages</source>
        <translation>数据质疑消息</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="47"/>
        <source>Source data verification</source>
        <translation>源数据核查</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="135"/>
        <source>your account does not hold the key to patients&apos; identities yet: a colleague who may see identities gives it to you by signing in once; then sign in again</source>
        <translation>您的账户尚未持有患者身份信息的密钥：需由一位可查看身份信息的同事登录一次为您授予，之后请重新登录</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="142"/>
        <source>no patient %1 at this site</source>
        <translation>本站点没有患者 %1</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="206"/>
        <source>(free text, withheld from monitors)</source>
        <translation>（自由文本，不向监查员提供）</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="219"/>
        <source>(electronic signature)</source>
        <translation>（电子签名）</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="229"/>
        <source>Audit trail: no entry.</source>
        <translation>稽查轨迹：无记录。</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="232"/>
        <source>When (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="232"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="232"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="236"/>
        <location filename="../core/export/Casebook.cpp" line="294"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="240"/>
        <location filename="../core/export/Casebook.cpp" line="280"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="240"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="240"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="252"/>
        <source>Signed by %1, meaning &quot;%2&quot;, at %3 UTC.</source>
        <translation>由 %1 签名，含义为“%2”，时间 %3 UTC。</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="254"/>
        <source>Signed by %1 (user %2), meaning &quot;%3&quot;, at %4 UTC.</source>
        <translation>由 %1（用户 %2）签名，含义为“%3”，时间 %4 UTC。</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="257"/>
        <source>Electronic signature (Ed25519) kept with the record; audit verify checks it.</source>
        <translation>电子签名 (Ed25519) 与记录一同保存；audit verify 会对其进行核验。</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="264"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="265"/>
        <source>(record %1, version %2)</source>
        <translation>（记录 %1，版本 %2）</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="268"/>
        <source>Deleted: kept for the audit trail, not part of the data.</source>
        <translation>已删除：为稽查轨迹保留，不属于数据。</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="269"/>
        <source>Last changed by %1 at %2 UTC.</source>
        <translation>最后由 %1 于 %2 UTC 更改。</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="280"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="298"/>
        <source> (deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="315"/>
        <source>NCT07312656 casebook of %1, printed %2 UTC by %3. %4</source>
        <translation>NCT07312656 %1 的病例报告册，由 %3 于 %2 UTC 打印。%4</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="317"/>
        <source>Contains direct identifiers: keep at the site.</source>
        <translation>含直接身份标识：须保存在站点。</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="317"/>
        <source>Pseudonymised.</source>
        <translation>已假名化。</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="318"/>
        <source>Casebook %1, NCT07312656</source>
        <translation>病例报告册 %1，NCT07312656</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="319"/>
        <source>Subject %1, site %2.</source>
        <translation>受试者 %1，站点 %2。</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="321"/>
        <source>Name: %1. Medical record number: %2.</source>
        <translation>姓名：%1。病历号：%2。</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="323"/>
        <source>No name or medical record number: the casebook names the patient by subject ID and year of birth.</source>
        <translation>不含姓名和病历号：病例报告册以受试者编号和出生年份标识患者。</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="324"/>
        <source>Casebook: subject %1</source>
        <translation>病例报告册：受试者 %1</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="325"/>
        <source>NCT07312656. Every form of this patient, with its electronic signatures and the audit trail of each field, printed %1 UTC by %2 (%3). %4</source>
        <translation>NCT07312656。该患者的全部表单，附电子签名及每个字段的稽查轨迹，由 %2（%3）于 %1 UTC 打印。%4</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/Casebook.cpp" line="340"/>
        <source>%1 (%n record(s))</source>
        <translation>
            <numerusform>%1（%n 条记录）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="358"/>
        <source>Investigator&apos;s sign-off</source>
        <translation>研究者签字确认</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="359"/>
        <source>I have reviewed this casebook and confirm that the data are complete and correct.</source>
        <translation>本人已审阅本病例报告册，确认数据完整、正确。</translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="361"/>
        <source>Name: ______________________   Signature: ______________________   Date: ____________</source>
        <translation>姓名：______________________   签名：______________________   日期：____________</translation>
    </message>
</context>
<context>
    <name>Central</name>
    <message>
        <location filename="../app/central/main.cpp" line="37"/>
        <location filename="../app/central/RandomizationCommands.cpp" line="26"/>
        <source>--data DIR or --postgres CONNINFO is required.</source>
        <translation>必须指定 --data DIR 或 --postgres CONNINFO。</translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="55"/>
        <source>Usage: mucotrack-central COMMAND [OPTIONS]

The trial&apos;s central site: enrolled devices sync with it over HTTPS.
Every command takes the store: --data DIR (the embedded store in DIR) or
--postgres CONNINFO (libpq keywords, e.g. &quot;host=db dbname=mucotrack user=mucotrack&quot;;
the password comes from ~/.pgpass or PGPASSFILE, never from the command line).

Commands:
  init [--json]                  create the store, once
  enroll --site CODE [--json]    print a one-time enrolment code for a device of site CODE
  enroll --monitor [--json]      print a one-time enrolment code for a monitor&apos;s device: it pulls
                                 every site&apos;s pseudonymous records and may push queries and
                                 source verification marks only
  serve --listen HOST:PORT --tls-cert FILE --tls-key FILE
                                 serve HTTPS (PEM certificate and key) until SIGTERM
  serve --listen 127.0.0.1:PORT --insecure-loopback
                                 serve plain HTTP, on a loopback address only
  serve ... --idle-timeout SECONDS  close a connection that has not sent its request&apos;s
                                 headers within SECONDS (default 10)
  serve ... --max-connections N  serve at most N connections at once (default 1000)
  devices                        list the enrolled devices (id, site, enrolled, state, scope)
  revoke --device ID             cut a device off
  report primary-endpoint [--json]
                                 the primary endpoint over the whole trial, and every other scale
  report dmc --out FILE.pdf      the data monitoring committee&apos;s report (PDF, A4)
  export odm --out FILE.xml      CDISC ODM 1.3.2 snapshot of the whole trial
  export csv --out DIR           one CSV file per domain and a data dictionary
  randomization generate --seed N --per-stratum N [--blocks 2,4,6] [--sites A,B]
                                 set up the allocation lists (stratified permuted blocks, 1:1)
  randomization import FILE.csv  set up the lists from a statistician&apos;s stratum,sequence,arm file
  randomization report [--json]  every allocation, by site and arm, unused reserves, integrity
  queries [--open] [--json]      every site&apos;s data queries, their state and age
  integrity [--all] [--json]     devices whose audit trail no longer holds the head anchored earlier,
                                 and randomizations that do not match the allocation list (--all:
                                 with the alarms acknowledged)
  integrity acknowledge --device ID --reason TEXT
                                 after looking at the device: its next sync anchors its audit trail
                                 as it now stands (its alarms are kept, marked acknowledged); the
                                 reason says what was found, never naming a patient
  audit [--json]                 the central site&apos;s own audit trail (enrolments, revocations, pushes,
                                 conflicts, alarms) and whether its hash chain is intact
  free-text [--json]             free text (AE &quot;other, specify&quot;, reasons, findings, query messages)
                                 not yet reviewed: it stays out of reports and exports until then
  free-text review --table T --record ID --field F
                                 mark the value the field holds now as reviewed
  demo --data DIR [--seed N] [--json]
                                 build the DEMO trial in a new folder: three DEMO sites, about 200
                                 randomized synthetic patients, for trying the reports and exports

Options:
  -h, --help                     show this help
  --version                      show the version

Exit status: 0 success, 2 usage, 4 invalid input, 5 storage error, 6 network error,
7 audit trail broken.
</source>
        <translation>用法：mucotrack-central 命令 [选项]

本试验的中心站点：已注册的设备通过 HTTPS 与其同步。
每个命令都需指定存储：--data DIR（DIR 中的内嵌存储）或
--postgres CONNINFO（libpq 关键字，如 &quot;host=db dbname=mucotrack user=mucotrack&quot;；
密码取自 ~/.pgpass 或 PGPASSFILE，绝不来自命令行）。

命令：
  init [--json]                  创建存储（仅一次）
  enroll --site CODE [--json]    为站点 CODE 的设备打印一次性注册码
  enroll --monitor [--json]      为监查员设备打印一次性注册码：该设备拉取所有站点的
                                 假名化记录，只能推送数据质疑和源数据核查标记
  serve --listen HOST:PORT --tls-cert FILE --tls-key FILE
                                 提供 HTTPS 服务（PEM 证书和密钥），直至收到 SIGTERM
  serve --listen 127.0.0.1:PORT --insecure-loopback
                                 提供明文 HTTP 服务，仅限回环地址
  serve ... --idle-timeout SECONDS  连接在 SECONDS 秒内未发完请求头
                                 即关闭（默认 10）
  serve ... --max-connections N  同时最多处理 N 个连接（默认 1000）
  devices                        列出已注册的设备（ID、站点、注册时间、状态、权限范围）
  revoke --device ID             吊销设备
  report primary-endpoint [--json]
                                 全试验的主要终点分析，以及其他各量表的相同分析
  report dmc --out FILE.pdf      数据监查委员会报告（PDF，A4）
  export odm --out FILE.xml      全试验数据的 CDISC ODM 1.3.2 快照
  export csv --out DIR           每个数据域一个 CSV 文件，另附数据字典
  randomization generate --seed N --per-stratum N [--blocks 2,4,6] [--sites A,B]
                                 建立分配列表（分层置换区组，1:1）
  randomization import FILE.csv  根据统计师提供的 stratum,sequence,arm 文件建立列表
  randomization report [--json]  所有分配（按站点和组别）、未使用的储备及完整性
  queries [--open] [--json]      所有站点的数据质疑及其状态和存在天数
  integrity [--all] [--json]     稽查轨迹已不再包含先前锚定的链头的设备，
                                 以及与分配列表不一致的随机分组（--all：
                                 包括已确认的警报）
  integrity acknowledge --device ID --reason TEXT
                                 查看设备之后：其下次同步按其稽查轨迹的现状
                                 重新锚定（其警报保留，标为已确认）；原因写明
                                 发现了什么，不得指名任何患者
  audit [--json]                 中心站点自身的稽查轨迹（设备注册、吊销、推送、
                                 冲突、警报）及其哈希链是否完好
  free-text [--json]             尚未审阅的自由文本（AE“其他，请注明”、原因、所见、质疑消息）：
                                 审阅前不进入报告和导出
  free-text review --table T --record ID --field F
                                 将该字段当前的值标记为已审阅
  demo --data DIR [--seed N] [--json]
                                 在新文件夹中建立演示试验：三个演示站点，约 200 名
                                 已随机化的模拟患者，用于试用报告和导出

选项：
  -h, --help                     显示本帮助
  --version                      显示版本

退出状态：0 成功，2 用法错误，4 输入无效，5 存储错误，6 网络错误，
7 稽查轨迹损坏。
</translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="132"/>
        <source>Central store ready (%1).</source>
        <translation>中心存储已就绪（%1）。</translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="142"/>
        <source>--monitor and --site exclude each other: a monitor&apos;s device reads every site.</source>
        <translation>--monitor 与 --site 不能同时使用：监查员设备读取所有站点。</translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="179"/>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="179"/>
        <source>revoked %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="180"/>
        <source>monitor (every site, read only)</source>
        <translation>监查员（所有站点，只读）</translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="181"/>
        <source>site</source>
        <translation>站点</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/central/IntegrityCommand.cpp" line="29"/>
        <source>%n alarm(s) of device %1 acknowledged. Its next sync anchors its audit trail as it now stands; the central audit trail records that you did so, and why.</source>
        <translation>
            <numerusform>已确认设备 %1 的 %n 条警报。其下次同步将按其稽查轨迹的现状重新锚定；中心稽查轨迹记录了您的确认及原因。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/central/IntegrityCommand.cpp" line="40"/>
        <source>integrity takes no argument but &quot;acknowledge&quot;, not &quot;%1&quot;.</source>
        <translation>integrity 只接受参数“acknowledge”，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/central/IntegrityCommand.cpp" line="42"/>
        <source>integrity acknowledge takes no further argument, not &quot;%1&quot;.</source>
        <translation>integrity acknowledge 不再接受其他参数，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/central/IntegrityCommand.cpp" line="48"/>
        <source>--%1 lists alarms; integrity acknowledge does not take it.</source>
        <translation>--%1 用于列出警报；integrity acknowledge 不接受该选项。</translation>
    </message>
    <message>
        <location filename="../app/central/IntegrityCommand.cpp" line="49"/>
        <source>--%1 belongs to integrity acknowledge: write mucotrack-central integrity acknowledge --device ID --reason TEXT.</source>
        <translation>--%1 属于 integrity acknowledge：请写 mucotrack-central integrity acknowledge --device ID --reason TEXT。</translation>
    </message>
    <message>
        <location filename="../app/central/IntegrityCommand.cpp" line="70"/>
        <source>No integrity alarms: every device&apos;s audit trail holds the head anchored at its last sync, and every randomization matches the allocation list.</source>
        <translation>无完整性警报：每台设备的稽查轨迹都包含上次同步时锚定的链头，且每次随机分组都与分配列表一致。</translation>
    </message>
    <message>
        <location filename="../app/central/IntegrityCommand.cpp" line="77"/>
        <source>acknowledged %1 by %2: %3</source>
        <translation>已于 %1 由 %2 确认：%3</translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="242"/>
        <source>--listen takes HOST:PORT with an IP address, e.g. 127.0.0.1:8443.</source>
        <translation>--listen 的格式为 HOST:PORT，须使用 IP 地址，例如 127.0.0.1:8443。</translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="245"/>
        <source>Give --tls-cert FILE --tls-key FILE, or --insecure-loopback.</source>
        <translation>请指定 --tls-cert FILE --tls-key FILE，或 --insecure-loopback。</translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="247"/>
        <source>--insecure-loopback serves plain HTTP on a loopback address only, not %1.</source>
        <translation>--insecure-loopback 只在回环地址上提供明文 HTTP 服务，不能用于 %1。</translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="253"/>
        <source>--idle-timeout takes a number of seconds from 0.1 to 3600.</source>
        <translation>--idle-timeout 的取值为 0.1 至 3600 之间的秒数。</translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="260"/>
        <source>--max-connections takes a whole number from 1 to 100000.</source>
        <translation>--max-connections 的取值为 1 至 100000 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="277"/>
        <source>Serving %1 on %2:%3</source>
        <translation>正在 %2:%3 上提供 %1 服务</translation>
    </message>
    <message>
        <location filename="../app/central/CentralQueryCommands.cpp" line="27"/>
        <source>No queries.</source>
        <translation>没有质疑。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/central/CentralQueryCommands.cpp" line="31"/>
        <source>%1  %2  %3  %4/%5 %6  %7  %n day(s)  &quot;%8&quot;</source>
        <translation>
            <numerusform>%1  %2  %3  %4/%5 %6  %7  %n 天  “%8”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/central/DemoCommand.cpp" line="19"/>
        <source>The DEMO trial is built in a new folder: give --data DIR, not --postgres.</source>
        <translation>演示试验建立在新文件夹中：请给出 --data DIR，而不是 --postgres。</translation>
    </message>
    <message>
        <location filename="../app/central/DemoCommand.cpp" line="28"/>
        <location filename="../app/central/RandomizationCommands.cpp" line="51"/>
        <source>&quot;%1&quot; is not a whole number from 0 to 18446744073709551615</source>
        <translation>“%1”不是 0 至 18446744073709551615 之间的整数</translation>
    </message>
    <message>
        <location filename="../app/central/DemoCommand.cpp" line="47"/>
        <source>DEMO trial (synthetic data, not a real trial) built in %1 in %2 s (seed %3):
sites %4; %5 patients screened, %6 screen failures, %7 randomized (%8 withdrawn, %9 completed);
last event %10.
The sites&apos; databases are in %11 (users admin, doctor, nurse, coord, monitor; password &quot;%12&quot;).
Try: mucotrack-central report primary-endpoint --data %1
     mucotrack-central report dmc --data %1 --out demo-dmc.pdf</source>
        <translation>演示试验（模拟数据，并非真实试验）已在 %1 建立，用时 %2 秒（种子 %3）：
站点 %4；筛选 %5 名患者，筛选失败 %6 名，已随机化 %7 名（已退出 %8 名，已完成 %9 名）；
最后一个事件 %10。
各站点的数据库位于 %11（用户 admin、doctor、nurse、coord、monitor；密码“%12”）。
试用：mucotrack-central report primary-endpoint --data %1
     mucotrack-central report dmc --data %1 --out demo-dmc.pdf</translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="53"/>
        <source>&quot;%1&quot; is not a whole number from 1 to 10000</source>
        <translation>“%1”不是 1 至 10000 之间的整数</translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="76"/>
        <source>The list is set up; no site is known yet: each site&apos;s strata are generated from this seed when it first needs them.</source>
        <translation>列表已建立；目前尚无已知站点：各站点的分层将在首次需要时由此种子生成。</translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="77"/>
        <source>Allocation lists generated for %1 (at least %2 entries each, whole blocks).</source>
        <translation>已为 %1 生成分配列表（每个至少 %2 个条目，均为完整区组）。</translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="87"/>
        <source>Give the list&apos;s CSV file: randomization import --data DIR FILE.csv</source>
        <translation>请指定列表的 CSV 文件：randomization import --data DIR FILE.csv</translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="91"/>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="104"/>
        <source>Imported %1 entries in %2 strata (%3).</source>
        <translation>已导入 %1 个条目，共 %2 个分层（%3）。</translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="120"/>
        <source>Subject	Site	Stratum	#	Arm	Allocated (UTC)	Source	Device
</source>
        <translation>受试者	站点	分层	#	组别	分配时间 (UTC)	来源	设备
</translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="132"/>
        <source>%1: experimental %2, control %3
</source>
        <translation>%1：试验组 %2，对照组 %3
</translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="135"/>
        <source>Sealed in devices&apos; reserves, unused: %1
Integrity: %2</source>
        <translation>封存在设备储备中、尚未使用：%1
完整性：%2</translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="154"/>
        <source>Unknown command &quot;randomization %1&quot;; use randomization generate, import or report.</source>
        <translation>未知命令“randomization %1”；请使用 randomization generate、import 或 report。</translation>
    </message>
    <message>
        <location filename="../app/central/CentralAuditCommand.cpp" line="43"/>
        <source>The central audit trail is broken at row %1: %2.</source>
        <translation>中心稽查轨迹在第 %1 行损坏：%2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/central/CentralAuditCommand.cpp" line="47"/>
        <source>The central audit trail is intact (%n row(s)).</source>
        <translation>
            <numerusform>中心稽查轨迹完好（%n 行）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/central/FreeTextCommand.cpp" line="29"/>
        <source>Reviewed: %1 of %2 %3 may now appear in the central site&apos;s reports and exports.</source>
        <translation>已审阅：%2 %3 的 %1 现可出现在中心站点的报告和导出中。</translation>
    </message>
    <message>
        <location filename="../app/central/FreeTextCommand.cpp" line="34"/>
        <source>free-text takes no argument but &quot;review&quot;, not &quot;%1&quot;.</source>
        <translation>free-text 只接受参数“review”，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/central/FreeTextCommand.cpp" line="47"/>
        <source>No free text awaits review.</source>
        <translation>没有待审阅的自由文本。</translation>
    </message>
</context>
<context>
    <name>CentralAuditTrail</name>
    <message>
        <location filename="../core/central/CentralAuditTrail.cpp" line="103"/>
        <source>row %1 is missing</source>
        <translation>第 %1 行缺失</translation>
    </message>
    <message>
        <location filename="../core/central/CentralAuditTrail.cpp" line="105"/>
        <source>row %1 does not follow the row before it</source>
        <translation>第 %1 行与前一行不衔接</translation>
    </message>
    <message>
        <location filename="../core/central/CentralAuditTrail.cpp" line="108"/>
        <source>row %1 was changed after it was written</source>
        <translation>第 %1 行在写入后被修改</translation>
    </message>
</context>
<context>
    <name>CentralBackend</name>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="242"/>
        <source>PostgreSQL: a transaction is already open</source>
        <translation>PostgreSQL：已有一个事务处于打开状态</translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="156"/>
        <location filename="../core/central/PostgresConnection.cpp" line="34"/>
        <location filename="../core/central/PostgresConnection.cpp" line="36"/>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL：%1</translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="246"/>
        <source>PostgreSQL: the connection is inside a transaction that was not begun here</source>
        <translation>PostgreSQL：连接处于一个并非由此处开始的事务中</translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="259"/>
        <source>PostgreSQL: a connection is used only by the thread that opened it</source>
        <translation>PostgreSQL：连接只能由打开它的线程使用</translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="344"/>
        <source>The data folder %1 cannot be created.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="349"/>
        <source>The data folder %1 cannot be made private to its owner (mode 0700).</source>
        <translation>无法将数据文件夹 %1 设为仅其所有者可访问（权限 0700）。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="380"/>
        <source>Give PostgreSQL&apos;s password in a password file (PGPASSFILE or ~/.pgpass), never in the connection string.</source>
        <translation>请在密码文件（PGPASSFILE 或 ~/.pgpass）中提供 PostgreSQL 密码，切勿写在连接字符串中。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="383"/>
        <source>The PostgreSQL driver of Qt SQL (libqt6sql6-psql) is not installed.</source>
        <translation>未安装 Qt SQL 的 PostgreSQL 驱动（libqt6sql6-psql）。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="395"/>
        <source>The PostgreSQL connection option %1 holds a &apos;;&apos;, which cannot be passed on.</source>
        <translation>PostgreSQL 连接选项 %1 含有“;”，无法传递。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="407"/>
        <source>PostgreSQL cannot be reached (%1).</source>
        <translation>无法连接 PostgreSQL（%1）。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="413"/>
        <source>The PostgreSQL driver of Qt SQL gives no libpq connection.</source>
        <translation>Qt SQL 的 PostgreSQL 驱动未提供 libpq 连接。</translation>
    </message>
    <message>
        <location filename="../core/central/PostgresConnection.cpp" line="54"/>
        <location filename="../core/central/PostgresConnection.cpp" line="75"/>
        <source>PostgreSQL: a text holding the character U+0000 cannot be stored</source>
        <translation>PostgreSQL：含有字符 U+0000 的文本无法存储</translation>
    </message>
    <message>
        <location filename="../core/central/PostgresConnection.cpp" line="58"/>
        <source>PostgreSQL: a text holding an unpaired surrogate cannot be stored</source>
        <translation>PostgreSQL：含有未配对代理字符的文本无法存储</translation>
    </message>
    <message>
        <location filename="../core/central/PostgresConnection.cpp" line="78"/>
        <source>PostgreSQL: a value of type %1 cannot be sent</source>
        <translation>PostgreSQL：类型为 %1 的值无法发送</translation>
    </message>
    <message>
        <location filename="../core/central/PostgresConnection.cpp" line="113"/>
        <source>The PostgreSQL connection string cannot be read: write it as key=value parts (host=... port=... dbname=... user=...).</source>
        <translation>无法读取 PostgreSQL 连接字符串：请写成 key=value 形式的各项（host=... port=... dbname=... user=...）。</translation>
    </message>
    <message>
        <location filename="../core/central/PostgresConnection.cpp" line="232"/>
        <source>PostgreSQL: %1 values for %2 parameters</source>
        <translation>PostgreSQL：%2 个参数却给出了 %1 个值</translation>
    </message>
    <message>
        <location filename="../core/central/PostgresConnection.cpp" line="332"/>
        <source>PostgreSQL: too many rows for one COPY</source>
        <translation>PostgreSQL：一次 COPY 的行数过多</translation>
    </message>
</context>
<context>
    <name>CentralService</name>
    <message>
        <location filename="../core/central/CentralService.cpp" line="42"/>
        <source>The central site could not complete the request; its operator will find the details in its log.</source>
        <translation>中心站点无法完成该请求；其运维人员可在日志中查看详情。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="57"/>
        <location filename="../core/central/CentralService.cpp" line="72"/>
        <source>The request is too large.</source>
        <translation>请求过大。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="76"/>
        <source>The request body is not valid gzip or too large.</source>
        <translation>请求体不是有效的 gzip 数据，或过大。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="79"/>
        <source>Unsupported content encoding.</source>
        <translation>不支持的内容编码。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="86"/>
        <source>The request body must be one JSON object.</source>
        <translation>请求体必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="87"/>
        <source>%1 is given more than once in the request.</source>
        <translation>请求中 %1 出现了不止一次。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="93"/>
        <location filename="../core/central/CentralService.cpp" line="130"/>
        <location filename="../core/central/CentralService.cpp" line="161"/>
        <location filename="../core/central/CentralService.cpp" line="172"/>
        <location filename="../core/central/CentralService.cpp" line="194"/>
        <location filename="../core/central/CentralService.cpp" line="203"/>
        <source>Use POST.</source>
        <translation>请使用 POST。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="106"/>
        <source>the device&apos;s previous token, as text</source>
        <translation>设备先前的令牌，须为文本</translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="157"/>
        <source>A monitor&apos;s device may not randomize patients or allocate subject numbers.</source>
        <translation>监查员设备不得对患者进行随机分组，也不得分配受试者编号。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="185"/>
        <source>Use GET or POST.</source>
        <translation>请使用 GET 或 POST。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="61"/>
        <location filename="../core/central/CentralService.cpp" line="123"/>
        <source>A device token is required.</source>
        <translation>需要设备令牌。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="133"/>
        <source>&quot;changes&quot; must be a list.</source>
        <translation>&quot;changes&quot; 必须是列表。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="135"/>
        <source>At most %1 changes per request.</source>
        <translation>每个请求最多 %1 项更改。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="143"/>
        <location filename="../core/central/CentralService.cpp" line="212"/>
        <source>Use GET.</source>
        <translation>请使用 GET。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="148"/>
        <source>after and limit must be non-negative whole numbers.</source>
        <translation>after 和 limit 必须是非负整数。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="54"/>
        <location filename="../core/central/CentralService.cpp" line="215"/>
        <source>No such endpoint.</source>
        <translation>不存在此端点。</translation>
    </message>
</context>
<context>
    <name>CentralSignatures</name>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="103"/>
        <source>&quot;keys&quot; needs a list of at most %1 keys</source>
        <translation>&quot;keys&quot; 须为最多 %1 个密钥的列表</translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="108"/>
        <source>an account is named by its opaque id (U. and 12 hex digits)</source>
        <translation>账户须以其不透明标识表示（U. 加 12 位十六进制数字）</translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="110"/>
        <source>a public key is 64 lower-case hex digits</source>
        <translation>公钥须为 64 位小写十六进制数字</translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="115"/>
        <source>&quot;certificates&quot; needs a list of at most %1 certificates</source>
        <translation>“certificates”须为最多 %1 份证书的列表</translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="121"/>
        <source>this device belongs to site %1</source>
        <translation>此设备属于中心 %1</translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="129"/>
        <source>&quot;exempt&quot; needs a list of at most %1 record ids</source>
        <translation>&quot;exempt&quot; 须为最多 %1 个记录标识的列表</translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="132"/>
        <source>a record id is a text of at most 64 characters</source>
        <translation>记录标识须为最多 64 个字符的文本</translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="324"/>
        <source>The central site refuses this device&apos;s data: %1 record %2 %3. The central site&apos;s operator has been alerted.</source>
        <translation>中心站点拒绝此设备的数据：%1 记录 %2 %3。已通知中心站点的管理员。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="342"/>
        <source>is a randomization without the signature of the one who randomized</source>
        <translation>是一条没有随机化执行者签名的随机化记录</translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="343"/>
        <source>was made without the signature of its author</source>
        <translation>在没有其作者签名的情况下创建</translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="350"/>
        <source>was held signed here and arrived without its signature</source>
        <translation>在中心站点已处于签署状态，却在送达时没有签名</translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="354"/>
        <source>carries a signature but is marked &quot;%1&quot;</source>
        <translation>带有签名，但被标记为“%1”</translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="354"/>
        <source>carries a signature but names no signer</source>
        <translation>带有签名，但未注明签名人</translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="363"/>
        <source>is signed by %1 at &quot;%2&quot;, which is not a time</source>
        <translation>由 %1 于“%2”签名，但这不是一个时间</translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="369"/>
        <source>is signed by %1 at %2, who then held no key the central site knows in a role that may sign it</source>
        <translation>由 %1 于 %2 签名，但其当时在中心站点没有可签署此记录的角色所对应的已知密钥</translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="372"/>
        <source>carries an electronic signature of %1 that does not hold for the record as sent</source>
        <translation>带有 %1 的电子签名，但该签名与所发送的记录不符</translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="328"/>
        <source>lost the electronic signature of %1 the central site had checked</source>
        <translation>丢失了中心站点已核验过的 %1 的电子签名</translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="381"/>
        <location filename="../core/central/CentralSignatures.cpp" line="402"/>
        <source>was signed by %1 without the signature the central site checks</source>
        <translation>由 %1 签署，但缺少中心站点核验所需的签名</translation>
    </message>
</context>
<context>
    <name>CentralStore</name>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="47"/>
        <source>is not valid Unicode text</source>
        <translation>不是有效的 Unicode 文本</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="101"/>
        <source>a site code is 2 to 10 capital letters or digits</source>
        <translation>站点代码为 2 至 10 位大写字母或数字</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="157"/>
        <source>The enrollment code is unknown or was already used.</source>
        <translation>注册码未知或已被使用。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/central/CentralStore.cpp" line="160"/>
        <source>The enrollment code has expired (codes are valid for %n day(s)); ask for a new one.</source>
        <translation>
            <numerusform>注册码已过期（注册码有效期为 %n 天）；请申请新的注册码。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="167"/>
        <source>a monitor&apos;s device names its own site code (2 to 10 capital letters or digits)</source>
        <translation>监查员设备须给出其自身的站点代码（2 至 10 个大写字母或数字）</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="169"/>
        <source>This enrollment code is for another site, not %1; it was not used.</source>
        <translation>此注册码属于其他站点，而非 %1；未被使用。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="174"/>
        <source>a device is enrolled with its administrator&apos;s own key certificate; this program is from before that: upgrade it</source>
        <translation>设备注册时须附带其管理员本人的密钥证书；此程序版本早于该要求：请升级</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="177"/>
        <source>the enrolling administrator&apos;s own key certificate, for site %1, signed by that key</source>
        <translation>须为注册设备的管理员本人的密钥证书，属于中心 %1，并由该密钥签署</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="245"/>
        <source>Unknown device token.</source>
        <translation>未知的设备令牌。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="247"/>
        <source>This token was replaced by its device and is no longer valid.</source>
        <translation>此令牌已被其设备更换，不再有效。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="250"/>
        <location filename="../core/central/CentralStore.cpp" line="361"/>
        <source>This device&apos;s token was revoked by the central site.</source>
        <translation>此设备的令牌已被中心站点吊销。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="299"/>
        <source>a token this device replaced at %1 was used again: someone kept a copy of it (an account that left the site?); if the device&apos;s own syncs are refused, its token was taken over: revoke the device and enrol it again</source>
        <translation>本设备于 %1 更换的令牌再次被使用：有人保留了其副本（已离开本中心的账户？）；如果本设备自身的同步被拒绝，说明其令牌已被冒用：请吊销该设备并重新注册</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="339"/>
        <source>no enrolled device has the id %1</source>
        <translation>没有 ID 为 %1 的已注册设备</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="354"/>
        <source>a device token is 64 lower-case hexadecimal digits</source>
        <translation>设备令牌为 64 位小写十六进制数字</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="367"/>
        <source>This device&apos;s token was replaced since the request was sent.</source>
        <translation>自请求发出后，本设备的令牌已被更换。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="371"/>
        <source>this token is not available; draw another</source>
        <translation>此令牌不可用；请另行生成</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="394"/>
        <source>A monitor&apos;s device may send queries and source verification only, not changes to %1.</source>
        <translation>监查员设备只能发送数据质疑和源数据核查，不能发送对 %1 的更改。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="397"/>
        <source>A monitor&apos;s device does not resolve conflicts.</source>
        <translation>监查员设备不能解决冲突。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="402"/>
        <source>A monitor&apos;s device does not answer queries.</source>
        <translation>监查员设备不回答质疑。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="413"/>
        <source>a monitoring record must name a patient the central site holds</source>
        <translation>监查记录必须指明中心站点已有的患者</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="433"/>
        <source>a change needs an id, a known table and a record id</source>
        <translation>一项更改需要有 ID、已知的表和记录 ID</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="436"/>
        <source>&quot;%1&quot; is not a field name</source>
        <translation>“%1”不是字段名</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="451"/>
        <source>A device of site %1 may not refer to records of another site (%2).</source>
        <translation>站点 %1 的设备不得引用其他站点（%2）的记录。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="455"/>
        <source>A device of site %1 may not change records of another site.</source>
        <translation>站点 %1 的设备不得修改其他站点的记录。</translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="474"/>
        <source>The central site refuses this device&apos;s data: %1 record %2 changes %3, which was signed as it was made. The central site&apos;s operator has been alerted.</source>
        <translation>中心站点拒绝了此设备的数据：%1 记录 %2 修改了 %3，而该记录在创建时已签名。已通知中心站点的管理员。</translation>
    </message>
</context>
<context>
    <name>CipherSettings</name>
    <message>
        <location filename="../core/storage/CipherSettings.cpp" line="30"/>
        <source>must be a whole number</source>
        <translation>必须为整数</translation>
    </message>
    <message>
        <location filename="../core/storage/CipherSettings.cpp" line="33"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须为 %1 至 %2 之间的整数</translation>
    </message>
    <message>
        <location filename="../core/storage/CipherSettings.cpp" line="46"/>
        <source>is not an algorithm SQLCipher supports</source>
        <translation>不是 SQLCipher 支持的算法</translation>
    </message>
    <message>
        <location filename="../core/storage/CipherSettings.cpp" line="70"/>
        <source>must be 3 or 4</source>
        <translation>必须为 3 或 4</translation>
    </message>
    <message>
        <location filename="../core/storage/CipherSettings.cpp" line="72"/>
        <source>must be a power of two from 512 to 65536</source>
        <translation>必须为 512 至 65536 之间的 2 的幂</translation>
    </message>
    <message>
        <location filename="../core/storage/CipherSettings.cpp" line="74"/>
        <source>must be a whole number from 1 to 10000000</source>
        <translation>必须为 1 至 10000000 之间的整数</translation>
    </message>
    <message>
        <location filename="../core/storage/CipherSettings.cpp" line="105"/>
        <source>is not a cipher setting</source>
        <translation>不是加密设置项</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="184"/>
        <source>Give exactly one input FILE, or - for standard input.</source>
        <translation>请只指定一个输入文件 FILE，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="196"/>
        <source>%1 cannot be read (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="50"/>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="57"/>
        <source>Clinical calculators (no database, no sign-in; FILE or - for standard input):</source>
        <translation>临床计算器（无需数据库，无需登录；FILE 为输入文件，- 表示标准输入）：</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="62"/>
        <source>Site database (--db PATH; --user NAME [--password-stdin]):</source>
        <translation>站点数据库（--db PATH；--user NAME [--password-stdin]）：</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="100"/>
        <source>Usage: mucotrack-cli COMMAND [OPTIONS]

Site administration and the clinical calculators of MucoTrack.
</source>
        <translation>用法：mucotrack-cli 命令 [选项]

MucoTrack 的站点管理和临床计算器。
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="112"/>
        <source>
Options:
  -h, --help    show this help
  --version     show the version

Exit status: 0 success, 2 usage, 3 sign-in or permission denied, 4 invalid input,
5 storage error, 6 network error, 7 audit trail broken.
</source>
        <translation>
选项：
  -h, --help    显示本帮助
  --version     显示版本

退出状态：0 成功，2 用法错误，3 登录失败或权限不足，4 输入无效，
5 存储错误，6 网络错误，7 稽查轨迹损坏。
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="147"/>
        <source>Unknown command &quot;%1&quot;; run mucotrack-cli --help.</source>
        <translation>未知命令“%1”；请运行 mucotrack-cli --help。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="149"/>
        <source>Unknown command &quot;%1&quot;; use %2.</source>
        <translation>未知命令“%1”；请使用 %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="113"/>
        <source>--%1: a password or key longer than %2 bytes is not accepted</source>
        <translation>--%1：不接受超过 %2 字节的密码或密钥</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="151"/>
        <source>--%1 needs a value.</source>
        <translation>--%1 需要一个值。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="156"/>
        <source>Unknown option --%1 for this command.</source>
        <translation>此命令没有选项 --%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="165"/>
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="177"/>
        <source>No password was given (use --%1 or a terminal).</source>
        <translation>未提供密码（请使用 --%1 或在终端中输入）。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="212"/>
        <location filename="../app/cli/RandomizeCommands.cpp" line="29"/>
        <location filename="../app/cli/SiteCommands.cpp" line="126"/>
        <source>This command needs a sign-in: give --user NAME.</source>
        <translation>此命令需要登录：请指定 --user NAME。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="213"/>
        <location filename="../app/cli/RandomizeCommands.cpp" line="30"/>
        <location filename="../app/cli/SiteCommands.cpp" line="40"/>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="222"/>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="35"/>
        <source>%1 already exists; init never overwrites a database</source>
        <translation>%1 已存在；init 不会覆盖数据库</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="44"/>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="46"/>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="56"/>
        <source>Site %1 created in %2.

Recovery key (shown once; print it or write it down and keep it locked away):

    %3
</source>
        <translation>已在 %2 中创建站点 %1。

恢复密钥（仅显示这一次；请打印或抄写下来，并锁好保管）：

    %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="67"/>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="99"/>
        <source>Account %1 (%2) added.</source>
        <translation>已添加账户 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="122"/>
        <source>Current password for %1: </source>
        <translation>%1 的当前密码：</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="138"/>
        <source>The password of %1 was reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="138"/>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="154"/>
        <source>The recovery key of %1 is replaced; the old one no longer opens it (backups made before keep their own).

New recovery key (shown once; print it or write it down and keep it locked away):

    %2
</source>
        <translation>%1 的恢复密钥已更换；旧密钥不再能打开它（此前制作的备份保留各自的密钥）。

新恢复密钥（仅显示一次；请打印或抄写，并锁好保管）：

    %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="180"/>
        <source> (inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="267"/>
        <source>--subject-id is required</source>
        <translation>--subject-id 为必填项</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="269"/>
        <source>--reason is required</source>
        <translation>--reason 为必填项</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="402"/>
        <source>set up a new site database and its administrator</source>
        <translation>建立新的站点数据库及其管理员</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="404"/>
        <source>add a user (administrator)</source>
        <translation>添加用户（管理员）</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="406"/>
        <source>list the users and their roles</source>
        <translation>列出用户及其角色</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="408"/>
        <source>change your own password (the current one is the sign-in password)</source>
        <translation>修改本人密码（当前密码即登录密码）</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="410"/>
        <source>set another user&apos;s password (administrator)</source>
        <translation>设置其他用户的密码（管理员）</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="412"/>
        <source>register a patient</source>
        <translation>登记患者</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="414"/>
        <source>list the patients</source>
        <translation>列出患者</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="416"/>
        <source>one patient, with status, its date and reason</source>
        <translation>显示一名患者，含状态及其日期和原因</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="418"/>
        <source>correct a patient&apos;s details (audited)</source>
        <translation>修改患者资料（留有稽查记录）</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="420"/>
        <source>status withdrawn (kept, audited)</source>
        <translation>状态改为已退出（保留，留有稽查记录）</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="422"/>
        <source>the trial&apos;s screening log, with failed criteria</source>
        <translation>本试验的筛选日志，含不符合的标准</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="424"/>
        <source>check the audit trail</source>
        <translation>检查稽查轨迹</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="426"/>
        <source>print the database key and cipher settings, from the recovery key</source>
        <translation>凭恢复密钥打印数据库密钥和加密设置</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="428"/>
        <source>replace the recovery key, shown once (administrator)</source>
        <translation>更换恢复密钥，仅显示一次（管理员）</translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="80"/>
        <source>%1 has a plan already: give --reason for the change.</source>
        <translation>%1 已有放疗计划：修改须用 --reason 说明原因。</translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="86"/>
        <source>%1: plan of %2 Gy in %3 fractions from %4 saved.</source>
        <translation>%1：已保存放疗计划，%2 Gy 分 %3 次，自 %4 开始。</translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="105"/>
        <location filename="../app/cli/SiteCommands.cpp" line="290"/>
        <location filename="../app/cli/VisitCommands.cpp" line="60"/>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="108"/>
        <source>&quot;%1&quot; is not delivered, missed or held</source>
        <translation>“%1”不是 delivered、missed 或 held</translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="114"/>
        <source>&quot;%1&quot; is not a number of Gy</source>
        <translation>“%1”不是以 Gy 为单位的数值</translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="116"/>
        <source>only a delivered fraction has a dose</source>
        <translation>只有已执行的分次才有剂量</translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="139"/>
        <source>%1: fraction %2 (%3 Gy) delivered on %4.</source>
        <translation>%1：第 %2 次分次（%3 Gy）已于 %4 执行。</translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="141"/>
        <source>%1: %2 on %3.</source>
        <translation>%1：%3 记录为 %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="166"/>
        <source>%1: %2 fraction(s) imported, %3 already recorded.</source>
        <translation>%1：已导入 %2 个分次，%3 个此前已记录。</translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="206"/>
        <source>%1: %2 result(s) collected %3 saved.</source>
        <translation>%1：已保存 %2 项检验结果（采样时间 %3）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="218"/>
        <source>set the radiotherapy plan (JSON; a change needs --reason)</source>
        <translation>设置放疗计划（JSON；修改须提供 --reason）</translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="221"/>
        <source>record one day of radiotherapy (delivered: the plan&apos;s dose unless --dose-gy)</source>
        <translation>记录一天的放疗（delivered：除非指定 --dose-gy，否则按计划的单次剂量）</translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="223"/>
        <source>import delivered fractions (CSV: date,fraction,dose); one bad line refuses the file</source>
        <translation>导入已执行的分次（CSV：date,fraction,dose）；任一行有误即拒收整个文件</translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="225"/>
        <source>record lab results collected together (JSON)</source>
        <translation>记录同一次采样的检验结果（JSON）</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="325"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="358"/>
        <source>The audit trail is broken at row %1: %2.</source>
        <translation>稽查轨迹在第 %1 行损坏：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="362"/>
        <source>The audit trail is intact (%1 rows).</source>
        <translation>稽查轨迹完整（%1 行）。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="374"/>
        <source>The site database %1 does not exist.</source>
        <translation>站点数据库 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="39"/>
        <source>Name one backup file: %1 FILE.</source>
        <translation>请指定一个备份文件：%1 FILE。</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="54"/>
        <source>The backup %1 is readable, but its audit trail is broken at row %2: %3.</source>
        <translation>备份 %1 可以读取，但其稽查轨迹在第 %2 行损坏：%3。</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="60"/>
        <source>The backup %1 of site %2 is intact (%3 audit rows).
</source>
        <translation>站点 %2 的备份 %1 完整（稽查轨迹 %3 行）。
</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="61"/>
        <source>The backup %1 of site %2 was restored to %3 (%4 audit rows, intact).
</source>
        <translation>站点 %2 的备份 %1 已恢复到 %3（稽查轨迹 %4 行，完整）。
</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="73"/>
        <location filename="../app/cli/BackupCommands.cpp" line="92"/>
        <location filename="../app/cli/SiteCommands.cpp" line="375"/>
        <source>Recovery key: </source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="105"/>
        <source>Backups (the site database and its key file, encrypted):</source>
        <translation>备份（站点数据库及其密钥文件，已加密）：</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="108"/>
        <source>a consistent, encrypted copy of the database and its key file, while the app may run (administrator)</source>
        <translation>生成数据库及其密钥文件的一致性加密副本，应用程序可同时运行（管理员）</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="110"/>
        <source>open a backup with the recovery key and check every page and the audit trail</source>
        <translation>用恢复密钥打开备份，检查每一页及稽查轨迹</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="112"/>
        <source>check a backup and put it at a new path (never over an existing database)</source>
        <translation>检查备份并将其恢复到新路径（绝不覆盖已有数据库）</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="35"/>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="80"/>
        <source>The central site cannot be reached: %1</source>
        <translation>无法连接中心站点：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="82"/>
        <source>The central site cannot be used safely: %1</source>
        <translation>无法安全地使用中心站点：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="85"/>
        <source>The central site refused the enrollment: %1</source>
        <translation>中心站点拒绝了注册：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="87"/>
        <source>the code belongs to site %1, this database to site %2</source>
        <translation>此注册码属于站点 %1，而此数据库属于站点 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="120"/>
        <source>This device is enrolled with %1 as a monitor&apos;s device: it reads every site and records queries and source verification only.</source>
        <translation>本设备已在 %1 注册为监查员设备：可读取所有站点，只能记录数据质疑和源数据核查。</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="123"/>
        <source>This device is enrolled with %1 for site %2.</source>
        <translation>此设备已在 %1 注册（站点 %2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="104"/>
        <source>The identity it had before (device %1) is revoked at the central site with this device&apos;s next sync.</source>
        <translation>本设备先前的身份（设备 %1）将在本设备下次同步时于中心站点被撤销。</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="108"/>
        <source>The central site did not recognise the identity this device had (device %1): if it is still valid there, its operator revokes it (mucotrack-central revoke --device %1).</source>
        <translation>中心站点未能识别本设备先前的身份（设备 %1）：如果该身份在中心站点仍然有效，请由其管理员撤销（mucotrack-central revoke --device %1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="110"/>
        <source>This device could not prove the identity it had (device %1) to the central site: its operator revokes it (mucotrack-central revoke --device %1).</source>
        <translation>本设备无法向中心站点证明其先前的身份（设备 %1）：请由中心站点管理员撤销该身份（mucotrack-central revoke --device %1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="151"/>
        <source>Pushed %1, pulled %2; %3 pending, %4 conflict(s) to resolve.</source>
        <translation>已推送 %1 项，已拉取 %2 项；%3 项待同步，%4 个冲突待解决。</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="181"/>
        <source>Central site: %1
Pending changes: %2
Last success: %3
Conflicts to resolve: %4%5</source>
        <translation>中心站点：%1
待同步更改：%2
上次成功：%3
待解决冲突：%4%5</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="182"/>
        <source>none configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="183"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="184"/>
        <source>
Last error: %1</source>
        <translation>
上次错误：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="185"/>
        <source>Sealed randomization reserve: %1</source>
        <translation>封存的随机化储备：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="185"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="199"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="222"/>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="226"/>
        <source>%1  %2/%3  %4: central %5, this device %6  (%7)</source>
        <translation>%1  %2/%3  %4：中心站点 %5，本设备 %6（%7）</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="228"/>
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="228"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="244"/>
        <source>is device or central, not &quot;%1&quot;</source>
        <translation>应为 device 或 central，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="258"/>
        <source>Conflict %1 resolved: this device&apos;s value kept; it is sent with the next sync.</source>
        <translation>冲突 %1 已解决：保留本设备的值；将在下次同步时发送。</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="259"/>
        <source>Conflict %1 resolved: the central value kept; it is sent with the next sync.</source>
        <translation>冲突 %1 已解决：保留中心站点的值；将在下次同步时发送。</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="270"/>
        <source>enrol this site with the central site, with a one-time code</source>
        <translation>凭一次性注册码将本站点注册到中心站点</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="272"/>
        <source>sync with the central site now</source>
        <translation>立即与中心站点同步</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="274"/>
        <source>the central site, pending changes, the last sync and conflicts</source>
        <translation>中心站点、待同步更改、上次同步和冲突</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="276"/>
        <source>the conflicts the central site reported: a field changed here and elsewhere</source>
        <translation>中心站点报告的冲突：同一字段在本设备和其他设备上都被修改</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="279"/>
        <source>resolve a conflict, keeping this device&apos;s value or the central one, and say why</source>
        <translation>解决冲突：保留本设备的值或中心站点的值，并说明理由</translation>
    </message>
    <message>
        <location filename="../app/cli/CalculatorCommands.cpp" line="73"/>
        <source>screen a patient (JSON) against the protocol&apos;s criteria</source>
        <translation>按方案标准筛选患者（JSON）</translation>
    </message>
    <message>
        <location filename="../app/cli/CalculatorCommands.cpp" line="75"/>
        <source>grade oral mucositis findings (JSON) on one scale</source>
        <translation>按一种量表对口腔黏膜炎检查所见（JSON）分级</translation>
    </message>
    <message>
        <location filename="../app/cli/CalculatorCommands.cpp" line="77"/>
        <source>sum the radiotherapy fractions (JSON) delivered so far</source>
        <translation>汇总迄今已执行的放疗分次（JSON）</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreeningCommands.cpp" line="77"/>
        <source>%1: %2, signed by %3; status %4.</source>
        <translation>%1：%2，由 %3 签名；状态为 %4。</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreeningCommands.cpp" line="85"/>
        <source>The trial (--db PATH; --user NAME [--password-stdin]):</source>
        <translation>临床试验（--db PATH；--user NAME [--password-stdin]）：</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreeningCommands.cpp" line="93"/>
        <source>screen a patient: the eligibility check&apos;s input (JSON) over the site&apos;s record, saved as a draft</source>
        <translation>筛选患者：以入组资格检查的输入（JSON）覆盖站点记录中的对应值，保存为草稿</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreeningCommands.cpp" line="96"/>
        <source>sign the latest screening&apos;s decision (investigator; the password again); eligible: enrolled</source>
        <translation>对最近一次筛选的判定签名（研究者；需再次输入密码）；eligible：状态改为已入组</translation>
    </message>
    <message>
        <location filename="../app/cli/VisitCommands.cpp" line="110"/>
        <source>Visit %1 of %2 signed by %3.%4</source>
        <translation>%2 的访视 %1 已由 %3 签名。%4</translation>
    </message>
    <message>
        <location filename="../app/cli/VisitCommands.cpp" line="111"/>
        <source> An adverse event &quot;Mucositis oral&quot; was drafted.</source>
        <translation>已起草不良事件“口腔黏膜炎”（Mucositis oral）。</translation>
    </message>
    <message>
        <location filename="../app/cli/VisitCommands.cpp" line="152"/>
        <source>record a graded visit: the exam&apos;s findings (JSON, docs/clinical-exam.md); prints every scale&apos;s grade</source>
        <translation>记录一次分级访视：检查所见（JSON，见 docs/clinical-exam.md）；输出各量表的分级</translation>
    </message>
    <message>
        <location filename="../app/cli/VisitCommands.cpp" line="154"/>
        <source>sign a visit&apos;s grades (investigator; the password again)</source>
        <translation>对访视的分级签名（研究者；需再次输入密码）</translation>
    </message>
    <message>
        <location filename="../app/cli/VisitCommands.cpp" line="156"/>
        <source>every visit of a patient, its grades and its state</source>
        <translation>列出患者的全部访视及其分级和状态</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="30"/>
        <location filename="../app/cli/ReportCommands.cpp" line="62"/>
        <source>not estimable</source>
        <translation>无法估计</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="36"/>
        <source>%1 grade &gt;= %2</source>
        <translation>%1 分级 &gt;= %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="37"/>
        <source>  experimental: %1 of %2 (%3)</source>
        <translation>  试验组：%1/%2（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="38"/>
        <source>  control:      %1 of %2 (%3)</source>
        <translation>  对照组：%1/%2（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="40"/>
        <source>  risk difference %1 (95% CI %2 to %3, Newcombe hybrid score)</source>
        <translation>  风险差 %1（95% CI %2 至 %3，Newcombe 混合评分法）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="44"/>
        <source>  risk difference not estimable (an arm has no patients)</source>
        <translation>  风险差无法估计（有一组没有患者）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="46"/>
        <source>  relative risk %1 (95% CI %2 to %3, log method)</source>
        <translation>  相对危险度 %1（95% CI %2 至 %3，对数法）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="50"/>
        <source>  relative risk not estimable (an arm has no patients or no events)</source>
        <translation>  相对危险度无法估计（有一组没有患者或没有事件）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="51"/>
        <source>  Fisher&apos;s exact test, two-sided: p = %1</source>
        <translation>  Fisher 精确检验，双侧：p = %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="52"/>
        <source>  Cochran-Mantel-Haenszel test by site: p = %1</source>
        <translation>  按站点分层的 Cochran-Mantel-Haenszel 检验：p = %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="55"/>
        <source>  site %1: experimental %2 of %3, control %4 of %5</source>
        <translation>  站点 %1：试验组 %2/%3，对照组 %4/%5</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="67"/>
        <source>Severity per patient (%1 grade &gt;= %2 for the days):</source>
        <translation>每例患者的严重程度（天数按 %1 分级 &gt;= %2 计）：</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="68"/>
        <source>experimental</source>
        <translation>试验组</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="68"/>
        <source>control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="76"/>
        <source>  %1: %2 patients; worst grade 0/1/2/3/4: %3</source>
        <translation>  %1：%2 例患者；最重分级 0/1/2/3/4：%3</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="77"/>
        <source>    %1 with grade &gt;= %2 (%3 still at the last visit), median %4 days; OMAS AUC per day, mean of %5: %6</source>
        <translation>    %1 例分级 &gt;= %2（%3 例末次访视时仍未缓解），中位 %4 天；每日 OMAS AUC，%5 例的均值：%6</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="96"/>
        <source>Primary endpoint (%1):</source>
        <translation>主要终点（%1）：</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="97"/>
        <source>Other scales:</source>
        <translation>其他量表：</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="101"/>
        <source>Excluded from the primary analysis: %1</source>
        <translation>未纳入主要分析：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="145"/>
        <source>Wrote the DMC report to %1.</source>
        <translation>已将 DMC 报告写入 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="170"/>
        <source>Exported %1 subjects to %2.</source>
        <translation>已将 %1 名受试者导出到 %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="173"/>
        <source>Unknown command &quot;%1 %2&quot;; run %3 --help.</source>
        <translation>未知命令“%1 %2”；请运行 %3 --help。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="215"/>
        <source>Wrote the casebook of %1 to %2.</source>
        <translation>已将 %1 的病例报告册写入 %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="223"/>
        <source>Reports and exports (--db PATH; --user NAME [--password-stdin]):</source>
        <translation>报告与导出（--db PATH；--user NAME [--password-stdin]）：</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="226"/>
        <source>the primary endpoint on this site&apos;s data, and the same for every other scale</source>
        <translation>基于本站点数据的主要终点分析，以及其他各量表的相同分析</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="228"/>
        <source>the data monitoring committee&apos;s report (PDF, A4) on this site&apos;s data</source>
        <translation>基于本站点数据的数据监查委员会报告（PDF，A4）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="230"/>
        <source>one patient&apos;s casebook (PDF): every form, its signatures and the audit trail of each field; --with-identity adds name and record number (roles that may see them)</source>
        <translation>单个患者的病例报告册 (PDF)：全部表单、其签名及每个字段的稽查轨迹；--with-identity 加入姓名和病历号（仅限可查看身份信息的角色）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="233"/>
        <source>CDISC ODM 1.3.2 snapshot of this site&apos;s data (no names or record numbers)</source>
        <translation>本站点数据的 CDISC ODM 1.3.2 快照（不含姓名和病历号）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="235"/>
        <source>one CSV file per domain and a data dictionary</source>
        <translation>每个数据域一个 CSV 文件，另附数据字典</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/QueryCommands.cpp" line="63"/>
        <source>%1  %2  %3/%4 %5  %6  %n day(s)  &quot;%7&quot;</source>
        <translation>
            <numerusform>%1  %2  %3/%4 %5  %6  %n 天  “%7”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="85"/>
        <location filename="../app/cli/QueryCommands.cpp" line="215"/>
        <source>name a record as TABLE/ID, not &quot;%1&quot;</source>
        <translation>请以 TABLE/ID 形式指定记录，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="114"/>
        <source>--correct needs --reason: a changed value always says why.</source>
        <translation>--correct 需要同时指定 --reason：修改数值必须说明原因。</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="117"/>
        <source>--reason goes with --correct.</source>
        <translation>--reason 只能与 --correct 一起使用。</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="178"/>
        <source>No queries.</source>
        <translation>没有质疑。</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="200"/>
        <source>%1  %2/%3  verified by %4 at %5</source>
        <translation>%1  %2/%3  已由 %4 于 %5 核查</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="202"/>
        <source>%1  %2/%3  changed since %4 verified it</source>
        <translation>%1  %2/%3  在 %4 核查后已被修改</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="203"/>
        <source>%1  %2/%3  not verified</source>
        <translation>%1  %2/%3  未核查</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="250"/>
        <source>Every critical record, and every record of the plan&apos;s sample, is verified.</source>
        <translation>所有关键记录及计划抽样的每条记录均已核查。</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="281"/>
        <source>the protocol&apos;s critical records and its sample of the rest not verified as they stand</source>
        <translation>方案中尚未按现状核查的关键记录及其余记录的抽样</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="262"/>
        <source>Monitoring (--db PATH; --user NAME [--password-stdin]; a step is signed with the password):</source>
        <translation>监查（--db PATH；--user NAME [--password-stdin]；每一步都以密码签名）：</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="266"/>
        <source>ask the site about one value (monitor)</source>
        <translation>就某一数值向站点发起质疑（监查员）</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="269"/>
        <source>answer a query, correcting the value if need be (site staff)</source>
        <translation>回复质疑，必要时更正数值（站点人员）</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="271"/>
        <source>close a query (monitor)</source>
        <translation>关闭质疑（监查员）</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="273"/>
        <source>re-open an answered or closed query (monitor)</source>
        <translation>重新开放已回复或已关闭的质疑（监查员）</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="275"/>
        <source>this site&apos;s queries, their state and age</source>
        <translation>本站点的质疑及其状态和存在天数</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="277"/>
        <source>mark a record verified against the source (monitor)</source>
        <translation>将记录标记为已完成源数据核查（监查员）</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="279"/>
        <source>whether a record is verified as it stands</source>
        <translation>记录的当前内容是否已核查</translation>
    </message>
    <message>
        <location filename="../app/cli/RandomizeCommands.cpp" line="64"/>
        <source>%1 is randomized to the %2 arm (stratum %3, #%4, %5).</source>
        <translation>%1 已随机分入 %2 组（分层 %3，#%4，%5）。</translation>
    </message>
    <message>
        <location filename="../app/cli/RandomizeCommands.cpp" line="66"/>
        <source>allocated by the central site</source>
        <translation>由中心站点分配</translation>
    </message>
    <message>
        <location filename="../app/cli/RandomizeCommands.cpp" line="66"/>
        <source>from this device&apos;s sealed reserve</source>
        <translation>取自本设备的封存储备</translation>
    </message>
    <message>
        <location filename="../app/cli/RandomizeCommands.cpp" line="77"/>
        <source>allocate an enrolled patient&apos;s arm (coordinator, investigator; online, else the sealed reserve)</source>
        <translation>为已入组患者分配组别（研究协调员、研究者；联网时在线分配，否则使用封存储备）</translation>
    </message>
</context>
<context>
    <name>ClinicJson</name>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="19"/>
        <source>is required (true or false)</source>
        <translation>为必填项（true 或 false）</translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="42"/>
        <location filename="../core/records/ClinicJson.cpp" line="47"/>
        <location filename="../core/records/ClinicJson.cpp" line="70"/>
        <location filename="../core/records/ClinicJson.cpp" line="141"/>
        <location filename="../core/records/ClinicJson.cpp" line="144"/>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="44"/>
        <source>must be above 0 and at most 200 Gy</source>
        <translation>必须大于 0 且不超过 200 Gy</translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="49"/>
        <source>must be a whole number from 1 to 100</source>
        <translation>必须是 1 至 100 的整数</translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="55"/>
        <source>%1 fractions of %2 Gy do not make %3 Gy</source>
        <translation>%1 次 × %2 Gy 不等于 %3 Gy</translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="61"/>
        <source>%1 Gy does not divide into %2 equal fractions; give dose_per_fraction_gy</source>
        <translation>%1 Gy 不能均分为 %2 次；请提供 dose_per_fraction_gy</translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="67"/>
        <source>the dose per fraction must be above 0 and at most 30 Gy</source>
        <translation>单次剂量必须大于 0 且不超过 30 Gy</translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="75"/>
        <source>must be a list of ISO weekday numbers</source>
        <translation>必须是 ISO 星期编号的列表</translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="83"/>
        <source>must be an ISO weekday number from 1 (Monday) to 7 (Sunday)</source>
        <translation>必须是 ISO 星期编号，1（星期一）至 7（星期日）</translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="85"/>
        <source>repeats weekday %1</source>
        <translation>星期 %1 重复</translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="89"/>
        <source>must name at least one weekday</source>
        <translation>必须至少包含一个星期编号</translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="102"/>
        <source>name the agent of the concurrent chemotherapy</source>
        <translation>请填写同步化疗药物名称</translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="104"/>
        <source>is given, but concurrent_chemotherapy is false</source>
        <translation>已填写，但 concurrent_chemotherapy 为 false</translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="114"/>
        <source>is required (YYYY-MM-DDTHH:MM, the site&apos;s time)</source>
        <translation>为必填项（YYYY-MM-DDTHH:MM，站点当地时间）</translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="127"/>
        <source>&quot;%1&quot; is not a date and time YYYY-MM-DDTHH:MM</source>
        <translation>“%1”不是 YYYY-MM-DDTHH:MM 格式的日期和时间</translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="130"/>
        <source>give at least one result</source>
        <translation>请至少提供一项结果</translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="134"/>
        <source>is not a laboratory test of the trial</source>
        <translation>不是本试验的检验项目</translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="136"/>
        <source>must be an object {&quot;value&quot;, &quot;unit&quot;}</source>
        <translation>必须是对象 {&quot;value&quot;, &quot;unit&quot;}</translation>
    </message>
</context>
<context>
    <name>ConsortDiagram</name>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="55"/>
        <source>Assessed for eligibility (n=%1)</source>
        <translation>评估是否合格（n=%1）</translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="57"/>
        <source>Excluded (n=%1)</source>
        <translation>排除（n=%1）</translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="59"/>
        <location filename="../core/export/ConsortDiagram.cpp" line="110"/>
        <source>%1 (n=%2)</source>
        <translation>%1（n=%2）</translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="61"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="64"/>
        <source>Randomized (n=%1)</source>
        <translation>随机化（n=%1）</translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="72"/>
        <source>Allocated to the experimental arm: exosome mouth spray (n=%1)</source>
        <translation>分配至试验组：外泌体口腔喷雾剂（n=%1）</translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="73"/>
        <source>Allocated to the control arm: no intervention (n=%1)</source>
        <translation>分配至对照组：不干预（n=%1）</translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="91"/>
        <location filename="../core/export/ConsortDiagram.cpp" line="135"/>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="92"/>
        <source>Completed follow-up (n=%1)</source>
        <translation>完成随访（n=%1）</translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="93"/>
        <source>Still in follow-up (n=%1)</source>
        <translation>仍在随访中（n=%1）</translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="94"/>
        <source>Withdrawn (n=%1)</source>
        <translation>已退出（n=%1）</translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="95"/>
        <source>Lost to follow-up (n=%1)</source>
        <translation>失访（n=%1）</translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="107"/>
        <source>Analysed for the primary endpoint (n=%1)</source>
        <translation>纳入主要终点分析（n=%1）</translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="108"/>
        <source>Not analysed (n=%1)</source>
        <translation>未纳入分析（n=%1）</translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="116"/>
        <location filename="../core/export/ConsortDiagram.cpp" line="136"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="133"/>
        <source>Enrolment</source>
        <translation>入组</translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="134"/>
        <source>Allocation</source>
        <translation>分配</translation>
    </message>
</context>
<context>
    <name>ConsortFlow</name>
    <message>
        <location filename="../core/reports/ConsortFlow.cpp" line="72"/>
        <source>Not eligible (screen failure)</source>
        <translation>不合格（筛选失败）</translation>
    </message>
    <message>
        <location filename="../core/reports/ConsortFlow.cpp" line="73"/>
        <source>Withdrew before randomization</source>
        <translation>随机化前退出</translation>
    </message>
    <message>
        <location filename="../core/reports/ConsortFlow.cpp" line="74"/>
        <source>Screening not finished</source>
        <translation>筛选未完成</translation>
    </message>
    <message>
        <location filename="../core/reports/ConsortFlow.cpp" line="75"/>
        <source>Eligible, not yet randomized</source>
        <translation>合格，尚未随机化</translation>
    </message>
</context>
<context>
    <name>CtcaeTerms</name>
    <message>
        <location filename="../core/clinical/CtcaeTerms.cpp" line="67"/>
        <source>the CTCAE term list has an unexpected header</source>
        <translation>CTCAE 术语表的表头不符合预期</translation>
    </message>
    <message>
        <location filename="../core/clinical/CtcaeTerms.cpp" line="76"/>
        <source>line %1 of the CTCAE term list is not a term</source>
        <translation>CTCAE 术语表第 %1 行不是术语</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="49"/>
        <source>The site database %1 does not exist.</source>
        <translation>站点数据库 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="51"/>
        <source>%1 already exists; refusing to overwrite it.</source>
        <translation>%1 已存在；拒绝覆盖。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="69"/>
        <source>opening %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="79"/>
        <source>The encryption key could not be applied to %1.</source>
        <translation>无法对 %1 应用加密密钥。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="82"/>
        <source>This build&apos;s SQLite has no encryption (SQLCipher is required).</source>
        <translation>此版本的 SQLite 不支持加密（需要 SQLCipher）。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="132"/>
        <source>The key of %1 cannot be changed now.</source>
        <translation>现在无法更换 %1 的密钥。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="145"/>
        <source>The site database %1 is open in another program; close it and try again.</source>
        <translation>站点数据库 %1 已在其他程序中打开；请关闭该程序后重试。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="150"/>
        <source>changing the key of %1</source>
        <translation>更换 %1 的密钥</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="183"/>
        <source>The site database %1 is locked by another program; close it and try again.</source>
        <translation>站点数据库 %1 已被其他程序锁定；请关闭该程序后重试。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="185"/>
        <source>%1 could not be decrypted: the key does not fit, or it is not a MucoTrack site database.</source>
        <translation>无法解密 %1：密钥不匹配，或该文件不是 MucoTrack 站点数据库。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="187"/>
        <source>The site database %1 is damaged (%2). Restore it from a backup.</source>
        <translation>站点数据库 %1 已损坏（%2）。请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="189"/>
        <source>The site database %1 cannot be opened (%2).</source>
        <translation>无法打开站点数据库 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="191"/>
        <source>The disk holding %1 is full; nothing was saved.</source>
        <translation>%1 所在磁盘已满；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="193"/>
        <source>The site database %1 is read-only; nothing was saved.</source>
        <translation>站点数据库 %1 为只读；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="195"/>
        <source>the change breaks a rule of the database (%1)</source>
        <translation>此更改违反了数据库规则（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="197"/>
        <source>Storage error while %1: %2.</source>
        <translation>存储错误（%1）：%2。</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="207"/>
        <source>running %1</source>
        <translation>执行 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="217"/>
        <source>preparing %1</source>
        <translation>准备 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/DiskState.cpp" line="20"/>
        <source>The site database %1 is on a read-only disk; nothing can be saved.</source>
        <translation>站点数据库 %1 位于只读磁盘上；无法保存任何内容。</translation>
    </message>
    <message>
        <location filename="../core/storage/DiskState.cpp" line="23"/>
        <source>The disk holding %1 is full; nothing can be saved until space is freed.</source>
        <translation>%1 所在磁盘已满；释放空间之前无法保存任何内容。</translation>
    </message>
</context>
<context>
    <name>DemoSite</name>
    <message>
        <location filename="../core/records/DemoSite.cpp" line="81"/>
        <source>The DEMO site&apos;s build mark %1 cannot be written.</source>
        <translation>无法写入演示站点的构建标记 %1。</translation>
    </message>
</context>
<context>
    <name>DemoTrial</name>
    <message>
        <location filename="../core/demo/DemoTrial.cpp" line="47"/>
        <source>The central site refused the DEMO site %1: %2</source>
        <translation>中心站点拒绝了演示站点 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoTrial.cpp" line="62"/>
        <source>%1 already holds a central site; give a new folder for the DEMO trial</source>
        <translation>%1 中已有中心站点；请为演示试验指定一个新文件夹</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoTrial.cpp" line="64"/>
        <source>%1 already holds DEMO site databases; give a new folder for the DEMO trial</source>
        <translation>%1 中已有演示站点数据库；请为演示试验指定一个新文件夹</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoTrial.cpp" line="72"/>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoTrial.cpp" line="117"/>
        <source>DEMO site %1: %2</source>
        <translation>演示站点 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoTrial.cpp" line="135"/>
        <source>DEMO site %1 could not sync: %2</source>
        <translation>演示站点 %1 无法同步：%2</translation>
    </message>
</context>
<context>
    <name>DemoTrialSite</name>
    <message>
        <location filename="../core/records/DemoTrialSite.cpp" line="387"/>
        <source>the DEMO patient %1 is %2, not eligible</source>
        <translation>演示患者 %1 为 %2，不符合入选条件</translation>
    </message>
</context>
<context>
    <name>DeviceScope</name>
    <message>
        <location filename="../core/records/DeviceScope.cpp" line="36"/>
        <source>This is a monitor&apos;s device: it records queries and source verification only, and cannot change %1.</source>
        <translation>这是监查员设备：只能记录数据质疑和源数据核查，不能更改 %1。</translation>
    </message>
    <message>
        <location filename="../core/records/DeviceScope.cpp" line="57"/>
        <source>no patient pulled to this device has the id %1</source>
        <translation>本设备拉取的患者中没有 ID 为 %1 的患者</translation>
    </message>
</context>
<context>
    <name>DmcReport</name>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="42"/>
        <location filename="../core/export/DmcReport.cpp" line="403"/>
        <location filename="../core/export/DmcReport.cpp" line="407"/>
        <location filename="../core/export/DmcReport.cpp" line="457"/>
        <location filename="../core/export/DmcReport.cpp" line="460"/>
        <source>n/e</source>
        <translation>n/e</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="149"/>
        <source>Month of randomization (end of month)</source>
        <translation>随机化月份（月末）</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="150"/>
        <source>Patients randomized (cumulative)</source>
        <translation>已随机化患者数（累计）</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="160"/>
        <location filename="../core/export/DmcReport.cpp" line="315"/>
        <location filename="../core/export/DmcReport.cpp" line="366"/>
        <source>All sites</source>
        <translation>所有站点</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="179"/>
        <source>Target (%1)</source>
        <translation>目标（%1）</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="192"/>
        <source>Free of grade &gt;= 3</source>
        <translation>未出现 &gt;= 3 级的比例</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="197"/>
        <location filename="../core/export/DmcReport.cpp" line="237"/>
        <location filename="../core/export/DmcReport.cpp" line="277"/>
        <location filename="../core/export/DmcReport.cpp" line="368"/>
        <location filename="../core/export/DmcReport.cpp" line="409"/>
        <location filename="../core/export/DmcReport.cpp" line="418"/>
        <location filename="../core/export/DmcReport.cpp" line="443"/>
        <location filename="../core/export/DmcReport.cpp" line="454"/>
        <source>Experimental</source>
        <translation>试验组</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="198"/>
        <location filename="../core/export/DmcReport.cpp" line="237"/>
        <location filename="../core/export/DmcReport.cpp" line="277"/>
        <location filename="../core/export/DmcReport.cpp" line="368"/>
        <location filename="../core/export/DmcReport.cpp" line="409"/>
        <location filename="../core/export/DmcReport.cpp" line="418"/>
        <location filename="../core/export/DmcReport.cpp" line="443"/>
        <location filename="../core/export/DmcReport.cpp" line="454"/>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="217"/>
        <source>median %1 %2 (95% CI %3 to %4)</source>
        <translation>中位数 %1 %2（95% CI %3 至 %4）</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="218"/>
        <location filename="../core/export/DmcReport.cpp" line="219"/>
        <source>n/r</source>
        <translation>n/r</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="220"/>
        <source>median not reached</source>
        <translation>未达到中位数</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="221"/>
        <source>%1: events %2 of %3 patients, %4</source>
        <translation>%1：%3 名患者中 %2 例发生事件，%4</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="237"/>
        <location filename="../core/export/DmcReport.cpp" line="278"/>
        <source>Not randomized</source>
        <translation>未随机化</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="242"/>
        <source>Screen failures and their reasons</source>
        <translation>筛选失败及其原因</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="246"/>
        <source>Screen failures: %1 (%2). The reasons are the criteria that failed in the latest signed screening; a patient may fail several.</source>
        <translation>筛选失败：%1（%2）。原因为最近一次已签名筛选中未满足的标准；一名患者可能有多项不满足。</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="260"/>
        <source>No signed screening with a failed criterion</source>
        <translation>无已签名且有未满足标准的筛选</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="261"/>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="261"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="266"/>
        <source>Screened</source>
        <translation>筛选日期</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="266"/>
        <source>Criteria failed</source>
        <translation>未满足的标准</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="271"/>
        <source>7. Protocol deviations</source>
        <translation>7. 方案偏离</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="272"/>
        <source>Radiotherapy fractions recorded as missed or held (their reasons are free text and stay at the site), and scheduled visits whose window, from the protocol&apos;s visit schedule, closed without the visit: out of window when the visit was recorded outside every window, nearest to this one; missed when it was not recorded. Patients who may have visits (screen failures have none).</source>
        <translation>记录为漏照或暂停的放疗分次（其原因为自由文本，保留在站点），以及按方案访视计划时间窗已结束而未做的访视：访视记录在所有时间窗之外且最接近本次访视者为超窗；未记录者为缺失。统计对象为可能有访视的患者（筛选失败者没有访视）。</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="278"/>
        <source>All</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="286"/>
        <source>With a deviation</source>
        <translation>有偏离</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="286"/>
        <source>Fractions missed</source>
        <translation>漏照分次</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="286"/>
        <source>Fractions held</source>
        <translation>暂停分次</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="287"/>
        <source>Patients missing or held</source>
        <translation>有漏照或暂停的患者</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="287"/>
        <source>Visits out of window</source>
        <translation>超窗访视</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="287"/>
        <source>Visits missed</source>
        <translation>缺失访视</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="290"/>
        <source>No visit out of window or missed.</source>
        <translation>无超窗或缺失的访视。</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="297"/>
        <source>missed</source>
        <translation>缺失</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/DmcReport.cpp" line="298"/>
        <source>%1, %n day(s) early</source>
        <translation>
            <numerusform>%1，提前 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/DmcReport.cpp" line="299"/>
        <source>%1, %n day(s) late</source>
        <translation>
            <numerusform>%1，推迟 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="301"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="303"/>
        <source>Visit</source>
        <translation>访视</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="303"/>
        <source>Due</source>
        <translation>应访日期</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="303"/>
        <source>Window</source>
        <translation>时间窗</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="303"/>
        <location filename="../core/export/DmcReport.cpp" line="321"/>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="309"/>
        <source>8. Data completeness</source>
        <translation>8. 数据完整性</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="310"/>
        <source>Expected: the scheduled visits whose window has closed (or that were already recorded); recorded: in or out of their window; unsigned: graded in the window, the grade not signed yet.</source>
        <translation>应有：时间窗已结束（或已记录）的计划访视；已记录：在时间窗内或外记录；未签名：在时间窗内已分级，但分级尚未签名。</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="316"/>
        <source>Both arms and not randomized</source>
        <translation>两组及未随机化</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="321"/>
        <source>Visits expected</source>
        <translation>应有访视</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="321"/>
        <source>In window</source>
        <translation>窗内</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="322"/>
        <source>Out of window</source>
        <translation>超窗</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="322"/>
        <source>Missed</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="322"/>
        <source>Unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="334"/>
        <source>the whole trial (sites %1)</source>
        <translation>全试验（站点 %1）</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="335"/>
        <source>site %1 only</source>
        <translation>仅站点 %1</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="338"/>
        <source>DMC report, NCT07312656</source>
        <translation>DMC 报告，NCT07312656</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="336"/>
        <source>NCT07312656 DMC report%1, data as of %2 UTC. Confidential: for the data monitoring committee.</source>
        <translation>NCT07312656 DMC 报告%1，数据截至 %2 UTC。机密：仅供数据监查委员会使用。</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="337"/>
        <source> (DEMO DATA)</source>
        <translation>（演示数据）</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="339"/>
        <source>Data Monitoring Committee report%1</source>
        <translation>数据监查委员会报告%1</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="339"/>
        <source>: DEMO DATA, not a real trial</source>
        <translation>：演示数据，并非真实试验</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="340"/>
        <source>NCT07312656: exosome mouth spray versus no intervention against radiation-induced oral mucositis. Data of %1, as of %2 UTC. Closed report: results by arm.</source>
        <translation>NCT07312656：外泌体口腔喷雾剂对比不干预，预防放射性口腔黏膜炎。%1的数据，截至 %2 UTC。非公开报告：按组别列出结果。</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="345"/>
        <source>1. Enrolment</source>
        <translation>1. 入组情况</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="266"/>
        <location filename="../core/export/DmcReport.cpp" line="321"/>
        <location filename="../core/export/DmcReport.cpp" line="368"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="368"/>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="368"/>
        <source>Screen failures</source>
        <translation>筛选失败</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="369"/>
        <source>Randomized</source>
        <translation>已随机化</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="369"/>
        <source>Withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="371"/>
        <source>Randomized %1 of the target of %2 (%3).</source>
        <translation>已随机化 %1 例，目标 %2 例（%3）。</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="376"/>
        <source>No patient has been randomized yet.</source>
        <translation>尚无患者随机化。</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="391"/>
        <source>n: randomized patients with at least one signed graded visit on or after the day of randomization; events: those with a signed grade &gt;= %1. Risk difference with Newcombe&apos;s hybrid score 95% interval, relative risk with the log (Katz) 95% interval, Fisher&apos;s exact test (two-sided), Cochran-Mantel-Haenszel test stratified by site without continuity correction. n/e: not estimable.</source>
        <translation>n：随机化当天或之后至少有一次已签名分级访视的随机化患者；事件：已签名分级 &gt;= %1 的患者。风险差采用 Newcombe 混合评分法 95% 区间，相对危险度采用对数（Katz）法 95% 区间，Fisher 精确检验（双侧），按站点分层、不作连续性校正的 Cochran-Mantel-Haenszel 检验。n/e：无法估计。</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="409"/>
        <location filename="../core/export/DmcReport.cpp" line="451"/>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="409"/>
        <source>Risk difference (95% CI)</source>
        <translation>风险差（95% CI）</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="410"/>
        <source>Relative risk (95% CI)</source>
        <translation>相对危险度（95% CI）</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="410"/>
        <source>Fisher p</source>
        <translation>Fisher p 值</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="410"/>
        <source>CMH p</source>
        <translation>CMH p 值</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="412"/>
        <source>* the primary endpoint; the other scales at the same threshold are secondary.</source>
        <translation>* 主要终点；其他量表在相同阈值下的结果为次要终点。</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="418"/>
        <source>Site (primary endpoint)</source>
        <translation>站点（主要终点）</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="425"/>
        <source>Not in the analysis (%1 patients): %2.</source>
        <translation>未纳入分析（%1 名患者）：%2。</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="247"/>
        <location filename="../core/export/DmcReport.cpp" line="425"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="429"/>
        <source>Kaplan-Meier estimates per arm, censored at the last signed graded visit; medians with the Brookmeyer-Crowley 95% interval (n/r: not reached). Ticks mark censored patients.</source>
        <translation>各组的 Kaplan-Meier 估计，在最后一次已签名分级访视时删失；中位数附 Brookmeyer-Crowley 95% 区间（n/r：未达到）。刻度线标示删失患者。</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="431"/>
        <source>Days from the start of radiotherapy</source>
        <translation>自放疗开始的天数</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="431"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="432"/>
        <source>Cumulative radiotherapy dose (Gy)</source>
        <translation>放疗累积剂量 (Gy)</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="432"/>
        <source>Gy</source>
        <translation>Gy</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="436"/>
        <source>5. Severity per patient</source>
        <translation>5. 每位患者的严重程度</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="466"/>
        <source>6. Adverse events by CTCAE term and grade</source>
        <translation>6. 按 CTCAE 术语和分级的不良事件</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="481"/>
        <source>not randomized</source>
        <translation>未随机化</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="496"/>
        <source>No adverse event recorded.</source>
        <translation>未记录不良事件。</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="498"/>
        <source>Term (patients, worst grade)</source>
        <translation>术语（患者数，按最严重分级）</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="498"/>
        <source>Exp. grade 1-2</source>
        <translation>试验组 1-2 级</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="498"/>
        <source>Exp. grade &gt;= 3</source>
        <translation>试验组 &gt;= 3 级</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="498"/>
        <source>Ctl. grade 1-2</source>
        <translation>对照组 1-2 级</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="499"/>
        <source>Ctl. grade &gt;= 3</source>
        <translation>对照组 &gt;= 3 级</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="501"/>
        <source>Serious adverse events: %1.</source>
        <translation>严重不良事件：%1。</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="266"/>
        <location filename="../core/export/DmcReport.cpp" line="303"/>
        <location filename="../core/export/DmcReport.cpp" line="504"/>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="286"/>
        <location filename="../core/export/DmcReport.cpp" line="303"/>
        <location filename="../core/export/DmcReport.cpp" line="321"/>
        <location filename="../core/export/DmcReport.cpp" line="451"/>
        <location filename="../core/export/DmcReport.cpp" line="461"/>
        <location filename="../core/export/DmcReport.cpp" line="504"/>
        <source>Arm</source>
        <translation>组别</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="437"/>
        <source>Randomized patients with a signed graded visit on or after the day of randomization: how many had each worst grade; the days at grade &gt;= %1 (%2), from the first visit at or above it to the next visit below it, episodes added up, an episode open at the last visit counted to it; the OMAS area under the curve (trapezoids over days) per day of follow-up. n/e: not estimable.</source>
        <translation>随机化当日或之后有已签署分级访视的随机化患者：各最重分级的患者数；分级 &gt;= %1（%2）的天数，自首次达到该分级的访视起至其后首次低于该分级的访视止，多次发作累加，末次访视时仍未结束的发作计至末次访视；OMAS 曲线下面积（按天梯形法）除以随访天数。n/e：无法估计。</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="451"/>
        <source>Worst 0</source>
        <translation>最重 0</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="451"/>
        <source>Worst 1</source>
        <translation>最重 1</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="451"/>
        <source>Worst 2</source>
        <translation>最重 2</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="451"/>
        <source>Worst 3</source>
        <translation>最重 3</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="451"/>
        <source>Worst 4</source>
        <translation>最重 4</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="261"/>
        <location filename="../core/export/DmcReport.cpp" line="286"/>
        <location filename="../core/export/DmcReport.cpp" line="321"/>
        <location filename="../core/export/DmcReport.cpp" line="461"/>
        <source>Patients</source>
        <translation>患者数</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="382"/>
        <source>2. Participant flow (CONSORT)</source>
        <translation>2. 受试者流程（CONSORT）</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="383"/>
        <source>Counted from the same data as the primary endpoint. Lost to follow-up: not withdrawn, and the window of the last scheduled visit closed without it. Completed: the status says so, or the last scheduled visit was recorded. Analysed: in the primary endpoint&apos;s n.</source>
        <translation>与主要终点使用同一数据统计。失访：未退出，且最后一次计划访视的时间窗已结束而未做。完成：状态为已完成，或最后一次计划访视已记录。纳入分析：计入主要终点的 n。</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="390"/>
        <source>3. Primary endpoint: %1</source>
        <translation>3. 主要终点：%1</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="428"/>
        <source>4. Time to the first %1</source>
        <translation>4. 至首次%1的时间</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="461"/>
        <source>Grade &gt;= %1</source>
        <translation>分级 &gt;= %1</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="461"/>
        <source>Median days</source>
        <translation>中位天数</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="461"/>
        <source>Open at last visit</source>
        <translation>末次访视时未缓解</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="462"/>
        <source>OMAS AUC/day, mean (n)</source>
        <translation>每日 OMAS AUC 均值 (n)</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="504"/>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="504"/>
        <source>Grade</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="504"/>
        <source>Onset</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="504"/>
        <source>Outcome</source>
        <translation>转归</translation>
    </message>
</context>
<context>
    <name>Dose</name>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="53"/>
        <source>must be above 0 and at most 100 Gy</source>
        <translation>必须大于 0 且不超过 100 Gy</translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="55"/>
        <source>must be above 0 and at most 200 Gy</source>
        <translation>必须大于 0 且不超过 200 Gy</translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="57"/>
        <source>must be a whole number from 1 to 100</source>
        <translation>必须是 1 至 100 的整数</translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="59"/>
        <source>needs at least one weekday</source>
        <translation>至少需要选择星期中的一天</translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="64"/>
        <source>%1 is after as_of</source>
        <translation>%1 晚于 as_of</translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="66"/>
        <source>%1 is before the plan&apos;s start date</source>
        <translation>%1 早于计划开始日期</translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="68"/>
        <source>a delivered fraction needs a dose above 0 Gy</source>
        <translation>已执行的分次需要大于 0 Gy 的剂量</translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="70"/>
        <source>%1 Gy is impossible for one fraction</source>
        <translation>单次剂量不可能为 %1 Gy</translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="100"/>
        <source>The cumulative dose, %1 Gy, exceeds the planned total of %2 Gy by %3 Gy.</source>
        <translation>累积剂量 %1 Gy 超出计划总剂量 %2 Gy，超出 %3 Gy。</translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="104"/>
        <source>%1 fractions were delivered; the plan has %2.</source>
        <translation>已执行 %1 次分次照射；计划为 %2 次。</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="91"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="91"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="111"/>
        <source>%1 %2 (measured)</source>
        <translation>%1 %2（实测）</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="186"/>
        <location filename="../core/clinical/Eligibility.cpp" line="235"/>
        <location filename="../core/clinical/Eligibility.cpp" line="285"/>
        <location filename="../core/clinical/Eligibility.cpp" line="310"/>
        <location filename="../core/clinical/Eligibility.cpp" line="318"/>
        <source>%1 not recorded</source>
        <translation>%1 未记录</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="226"/>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="242"/>
        <source>%1 %2 %3, upper limit of normal not recorded</source>
        <translation>%1 %2 %3，未记录正常值上限</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="135"/>
        <source>(Cockcroft-Gault; sex not recorded)</source>
        <translation>（Cockcroft-Gault 公式；未记录性别）</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="139"/>
        <source>(Cockcroft-Gault)</source>
        <translation>（Cockcroft-Gault 公式）</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="194"/>
        <source>on both sides of %1</source>
        <translation>跨越 %1（两侧均有可能）</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="249"/>
        <source>%1 %2 %3 %4 %5 %3 = %6 x ULN (ULN %7 %3)</source>
        <translation>%1 %2 %3 %4 %5 %3 = %6 × ULN（ULN %7 %3）</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="263"/>
        <source>%1 %2 %3 &lt;= %4 %3 = %5 x the lower ULN of either sex (ULN %6 or %7 %3)</source>
        <translation>%1 %2 %3 &lt;= %4 %3 = %5 × 两性中较低的 ULN（ULN %6 或 %7 %3）</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="269"/>
        <source>%1 %2 %3 &gt; %4 %3 = %5 x the higher ULN of either sex (ULN %6 or %7 %3)</source>
        <translation>%1 %2 %3 &gt; %4 %3 = %5 × 两性中较高的 ULN（ULN %6 或 %7 %3）</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="274"/>
        <source>%1 %2 %3 is within %4 x ULN for one sex only (limit %5 %3 with ULN %6, %7 %3 with ULN %8): sex not recorded</source>
        <translation>%1 %2 %3 仅对一种性别在 %4 × ULN 以内（ULN 为 %6 时限值 %5 %3，ULN 为 %8 时限值 %7 %3）：未记录性别</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="290"/>
        <source>%1: none</source>
        <translation>%1：无</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="294"/>
        <source>%1 %2, assessment date not recorded</source>
        <translation>%1 %2，未记录评估日期</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="299"/>
        <source>%1 %2, %3 days before assessment (%4 %5-%6 days)</source>
        <translation>%1 %2，评估前 %3 天（%4 %5-%6 天范围）</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="301"/>
        <source>within</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="301"/>
        <source>outside</source>
        <translation>超出</translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="107"/>
        <source>unknown laboratory test</source>
        <translation>未知的检验项目</translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="114"/>
        <source>&quot;%1&quot; is not an accepted unit; use %2</source>
        <translation>“%1”不是可接受的单位；请使用 %2</translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="117"/>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="119"/>
        <source>must be above zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="122"/>
        <source>%1 %2 is physiologically implausible (below %3 %4)</source>
        <translation>%1 %2 在生理上不合理（低于 %3 %4）</translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="126"/>
        <source>%1 %2 is physiologically impossible (above %3 %4)</source>
        <translation>%1 %2 在生理上不可能（高于 %3 %4）</translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="129"/>
        <source>the upper limit of normal must be above zero</source>
        <translation>正常值上限必须大于零</translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="133"/>
        <source>the upper limit of normal is implausibly high</source>
        <translation>正常值上限高得不合理</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="366"/>
        <source>is after the assessment date</source>
        <translation>晚于评估日期</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="368"/>
        <source>gives an age above 130 years</source>
        <translation>得出的年龄超过 130 岁</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="385"/>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="390"/>
        <source>%1 is impossible (allowed %2%3 to %4)</source>
        <translation>%1 为不可能的数值（允许范围：%2%3 至 %4）</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="391"/>
        <source>above </source>
        <translation>大于 </translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="395"/>
        <source>use &quot;male&quot; or &quot;female&quot;</source>
        <translation>请使用“male”或“female”</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="398"/>
        <source>use &quot;radical&quot; or &quot;palliative&quot;</source>
        <translation>请使用“radical”或“palliative”</translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="401"/>
        <source>%1 is after the assessment date</source>
        <translation>%1 晚于评估日期</translation>
    </message>
</context>
<context>
    <name>Exam</name>
    <message>
        <location filename="../core/clinical/Exam.cpp" line="43"/>
        <location filename="../core/clinical/Exam.cpp" line="79"/>
        <location filename="../core/clinical/Exam.cpp" line="92"/>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <location filename="../core/clinical/Exam.cpp" line="167"/>
        <source>The diet is restricted to liquids or nothing by mouth, but no ulceration is scored at any OMAS site; confirm that mucositis is the cause.</source>
        <translation>饮食仅限流质或无法经口进食，但任何 OMAS 部位均未评分溃疡；请确认病因是否为口腔黏膜炎。</translation>
    </message>
    <message>
        <location filename="../core/clinical/Exam.cpp" line="169"/>
        <source>Pseudomembranes are recorded, but no OMAS site scores ulceration/pseudomembrane.</source>
        <translation>已记录假膜，但没有 OMAS 部位评分溃疡/假膜。</translation>
    </message>
    <message>
        <location filename="../core/clinical/Exam.cpp" line="171"/>
        <source>Deep ulceration, hemorrhage or necrosis is recorded, but no OMAS site scores ulceration.</source>
        <translation>已记录深溃疡、出血或坏死，但没有 OMAS 部位评分溃疡。</translation>
    </message>
    <message>
        <location filename="../core/clinical/Exam.cpp" line="173"/>
        <source>The mucosa is described as erythematous, but erythema is not recorded as seen.</source>
        <translation>黏膜描述为红斑样，但未记录见到红斑。</translation>
    </message>
    <message>
        <location filename="../core/clinical/Exam.cpp" line="175"/>
        <source>Erythema is recorded as seen, but no OMAS site scores erythema.</source>
        <translation>已记录见到红斑，但没有 OMAS 部位评分红斑。</translation>
    </message>
    <message>
        <location filename="../core/clinical/Exam.cpp" line="176"/>
        <source>An OMAS site scores erythema, but erythema is not recorded as seen.</source>
        <translation>有 OMAS 部位评分红斑，但未记录见到红斑。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/export/CsvExport.cpp" line="62"/>
        <source>%1 exists and is not a folder</source>
        <translation>%1 已存在且不是文件夹</translation>
    </message>
    <message>
        <location filename="../core/export/CsvExport.cpp" line="64"/>
        <source>the folder %1 cannot be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../core/export/OdmExport.cpp" line="93"/>
        <source>The ODM export was cancelled; nothing was written.</source>
        <translation>ODM 导出已取消，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../core/export/OdmExport.cpp" line="97"/>
        <source>The ODM export could not be written.</source>
        <translation>无法写入 ODM 导出文件。</translation>
    </message>
    <message>
        <location filename="../core/export/OdmExport.cpp" line="460"/>
        <source>%1 cannot be written (%2)</source>
        <translation>无法写入 %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/export/OdmExport.cpp" line="465"/>
        <source>%1 cannot be written (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>FreeTextReview</name>
    <message>
        <location filename="../core/central/FreeTextReview.cpp" line="68"/>
        <source>%1 of %2 is not a free-text field</source>
        <translation>%2 的 %1 不是自由文本字段</translation>
    </message>
    <message>
        <location filename="../core/central/FreeTextReview.cpp" line="75"/>
        <source>record %1 of %2 holds no text in %3</source>
        <translation>%2 的记录 %1 在 %3 中没有文本</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="24"/>
        <source>Liquid diet only is recorded without ulcers: WHO grade 3 needs ulcers; confirm the findings.</source>
        <translation>记录了“仅能流质饮食”但未记录溃疡：WHO 3 级须有溃疡；请核实检查所见。</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="26"/>
        <source>Oral alimentation impossible is recorded without ulcers: confirm that mucositis is the cause.</source>
        <translation>记录了“无法经口进食”但未记录溃疡：请确认其由黏膜炎所致。</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="28"/>
        <source>Ulcers are recorded without soreness or erythema; confirm the findings.</source>
        <translation>记录了溃疡但未记录疼痛或红斑；请核实检查所见。</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="41"/>
        <source>Severe pain is recorded but oral intake is not interfered with; CTCAE grade 3 describes both.</source>
        <translation>记录了重度疼痛，但经口进食未受影响；CTCAE 3 级同时描述这两项。</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="43"/>
        <source>Oral intake is interfered with but no symptoms are recorded; confirm the findings.</source>
        <translation>经口进食受影响，但未记录任何症状；请核实检查所见。</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="45"/>
        <source>An ulcer is recorded but clinical findings are not; an ulcer is a finding.</source>
        <translation>记录了溃疡，但未记录临床所见；溃疡本身即属临床所见。</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="47"/>
        <source>Death is recorded without life-threatening consequences; confirm it is attributed to mucositis.</source>
        <translation>记录了死亡，但未记录危及生命的后果；请确认死亡归因于黏膜炎。</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="61"/>
        <source>Narcotic analgesia is recorded without pain; confirm why it is given.</source>
        <translation>记录了麻醉性镇痛，但未记录疼痛；请确认用药原因。</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="63"/>
        <source>Severe pain is recorded without analgesia; RTOG grade 3 describes pain requiring narcotics.</source>
        <translation>记录了重度疼痛，但未记录镇痛；RTOG 3 级描述的是需用麻醉性镇痛药的疼痛。</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="65"/>
        <source>Ulceration, hemorrhage or necrosis is recorded without mucositis; confirm the findings.</source>
        <translation>记录了溃疡、出血或坏死，但未记录黏膜炎；请核实检查所见。</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="92"/>
        <source>No OMAS site was assessable.</source>
        <translation>没有可评估的 OMAS 部位。</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="121"/>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="122"/>
        <source>CTCAE v5.0</source>
        <translation>CTCAE v5.0</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="123"/>
        <source>RTOG</source>
        <translation>RTOG</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="124"/>
        <source>OMAS</source>
        <translation>OMAS</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="185"/>
        <source>In the last 7 days, what was the SEVERITY of your MOUTH OR THROAT SORES at their WORST?</source>
        <translation>在过去7天里，您的口腔或咽喉溃疡最严重时的严重程度如何？</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="190"/>
        <source>In the last 7 days, how much did MOUTH OR THROAT SORES INTERFERE with your usual or daily activities?</source>
        <translation>在过去7天里，口腔或咽喉溃疡对您日常活动的影响有多大？</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="195"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="195"/>
        <source>Mild</source>
        <translation>轻度</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="195"/>
        <source>Moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="195"/>
        <source>Severe</source>
        <translation>重度</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="195"/>
        <source>Very severe</source>
        <translation>极重度</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="200"/>
        <source>Not at all</source>
        <translation>完全没有</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="200"/>
        <source>A little bit</source>
        <translation>有一点</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="200"/>
        <source>Somewhat</source>
        <translation>有些</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="200"/>
        <source>Quite a bit</source>
        <translation>相当多</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="200"/>
        <source>Very much</source>
        <translation>非常多</translation>
    </message>
</context>
<context>
    <name>IdentityCipher</name>
    <message>
        <location filename="../core/security/IdentityCipher.cpp" line="128"/>
        <source>This account does not hold the key to patients&apos; identities.</source>
        <translation>此账户未持有患者身份信息的密钥。</translation>
    </message>
    <message>
        <location filename="../core/security/IdentityCipher.cpp" line="133"/>
        <source>The stored %1 of patient %2 does not open with the identity key: it was altered or moved.</source>
        <translation>患者 %2 已存储的 %1 无法用身份密钥解开：它已被篡改或移动。</translation>
    </message>
</context>
<context>
    <name>KeyCertificate</name>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="121"/>
        <source>a key certificate is an object</source>
        <translation>密钥证书须为一个对象</translation>
    </message>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="128"/>
        <source>a site code is 2 to 10 capital letters or digits</source>
        <translation>中心代码为 2 至 10 个大写字母或数字</translation>
    </message>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="130"/>
        <location filename="../core/security/KeyCertificate.cpp" line="132"/>
        <source>an account is named by its opaque id (U. and 12 hex digits)</source>
        <translation>账户以其匿名标识表示（U. 加 12 位十六进制数字）</translation>
    </message>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="134"/>
        <location filename="../core/security/KeyCertificate.cpp" line="136"/>
        <source>a public key is 64 lower-case hex digits</source>
        <translation>公钥为 64 位小写十六进制数字</translation>
    </message>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="138"/>
        <source>&quot;%1&quot; is not a role</source>
        <translation>“%1”不是角色</translation>
    </message>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="142"/>
        <source>a time in UTC as YYYY-MM-DDTHH:MM:SS.mmmZ</source>
        <translation>UTC 时间，格式为 YYYY-MM-DDTHH:MM:SS.mmmZ</translation>
    </message>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="144"/>
        <source>a signature is 128 lower-case hex digits</source>
        <translation>签名为 128 位小写十六进制数字</translation>
    </message>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="176"/>
        <source>The audit trail does not verify (%1), so no key is certified; run `audit verify`.</source>
        <translation>审计追踪验证未通过（%1），因此未认证任何密钥；请运行 `audit verify`。</translation>
    </message>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="236"/>
        <source>Only an administrator with a signing key enrols a device; sign in again.</source>
        <translation>只有持有签名密钥的管理员可以注册设备；请重新登录。</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <location filename="../core/security/KeyRotation.cpp" line="25"/>
        <source>The audit trail is broken at row %1 (%2); the database key is not replaced until it is repaired.</source>
        <translation>稽查轨迹在第 %1 行断裂（%2）；修复之前不会更换数据库密钥。</translation>
    </message>
    <message>
        <location filename="../core/security/KeyRotation.cpp" line="33"/>
        <source>the recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../core/security/KeyRotation.cpp" line="41"/>
        <source>the database key cannot be replaced: the key slots of %1 were written before key rotation existed or do not match the keys the audit trail registered (each of these users signs in once, which renews their slot; a site whose recovery key is listed needs a new recovery key)</source>
        <translation>无法更换数据库密钥：%1 的密钥槽写于密钥轮换功能出现之前，或与稽查轨迹登记的密钥不符（这些用户各登录一次即可更新其密钥槽；若列出了恢复密钥，该站点需要新的恢复密钥）</translation>
    </message>
    <message>
        <location filename="../core/security/KeyRotation.cpp" line="92"/>
        <source>The key file %1 has been altered since it was sealed; the database key was not replaced.</source>
        <translation>密钥文件 %1 在封存后被修改过；未更换数据库密钥。</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="99"/>
        <source>The key file %1 is damaged or is not a MucoTrack key file (%2).</source>
        <translation>密钥文件 %1 已损坏或不是 MucoTrack 密钥文件（%2）。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="114"/>
        <source>The key file %1 is missing; the site database cannot be opened without it.</source>
        <translation>密钥文件 %1 缺失；没有它无法打开站点数据库。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="116"/>
        <source>The key file %1 cannot be read (%2).</source>
        <translation>无法读取密钥文件 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="118"/>
        <location filename="../core/security/KeySlotFile.cpp" line="125"/>
        <source>too large</source>
        <translation>过大</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="130"/>
        <source>The key file %1 is damaged or is not a MucoTrack key file.</source>
        <translation>密钥文件 %1 已损坏，或不是 MucoTrack 密钥文件。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="161"/>
        <source>the Argon2id cost of the slot %1 is out of range</source>
        <translation>密钥槽 %1 的 Argon2id 成本超出范围</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="173"/>
        <source>the slot %1 is malformed</source>
        <translation>密钥槽 %1 格式不正确</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="175"/>
        <source>the slot %1 has an unknown scheme</source>
        <translation>密钥槽 %1 的方案未知</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="265"/>
        <source>The key file cannot be sealed without the database key.</source>
        <translation>没有数据库密钥，无法封存密钥文件。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="312"/>
        <source>The key file %1 is locked by another program; try again.</source>
        <translation>密钥文件 %1 被其他程序锁定；请重试。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="314"/>
        <source>The key file %1 cannot be changed: its lock file cannot be written (is the disk full?).</source>
        <translation>无法更改密钥文件 %1：无法写入其锁文件（磁盘是否已满？）。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="331"/>
        <source>The key file %1 has been altered since it was sealed; it was not changed.</source>
        <translation>密钥文件 %1 在封存后被修改过；未对其作任何更改。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="381"/>
        <source>a pending audit event that no sign-in wrote (%1: %2)</source>
        <translation>存在一条并非由登录写入的待处理稽查事件（%1：%2）</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="390"/>
        <source>the failed sign-in counter of %1 was altered (%2 now, %3 when sealed, %4 failures waiting)</source>
        <translation>%1 的登录失败计数被修改过（当前 %2，封存时 %3，待记录失败 %4 次）</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="409"/>
        <source>A key slot needs the 32-byte database key.</source>
        <translation>密钥槽需要 32 字节的数据库密钥。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="417"/>
        <source>A key slot needs a 32-byte key seed.</source>
        <translation>密钥槽需要 32 字节的密钥种子。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="447"/>
        <source>The key slot of %1 was written before key rotation; it cannot be sealed again without its password.</source>
        <translation>%1 的密钥槽写于密钥轮换功能出现之前；没有其密码无法重新封装。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="451"/>
        <location filename="../core/security/KeySlotFile.cpp" line="505"/>
        <location filename="../core/security/KeySlotFile.cpp" line="519"/>
        <location filename="../core/security/KeySlotFile.cpp" line="534"/>
        <source>A key slot is damaged.</source>
        <translation>有一个密钥槽已损坏。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="467"/>
        <location filename="../core/security/KeySlotFile.cpp" line="473"/>
        <source>The sealed key is damaged or not sealed to this account.</source>
        <translation>密封的密钥已损坏，或并非为此账户密封。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="515"/>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="530"/>
        <source>The key slot of %1 does not hold a key sealed to it: it was altered.</source>
        <translation>%1 的密钥槽中没有封装给它的密钥：已被修改。</translation>
    </message>
</context>
<context>
    <name>Labs</name>
    <message>
        <location filename="../core/records/Labs.cpp" line="41"/>
        <source>Blood count</source>
        <translation>血常规</translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="42"/>
        <source>Liver function</source>
        <translation>肝功能</translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="43"/>
        <source>Renal function</source>
        <translation>肾功能</translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="84"/>
        <source>unknown panel %1</source>
        <translation>未知的检验组 %1</translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="70"/>
        <source>the collection date and time are required</source>
        <translation>必须填写采样日期和时间</translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="72"/>
        <source>the collection time is in the future</source>
        <translation>采样时间是将来的时间</translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="74"/>
        <source>enter at least one result</source>
        <translation>请至少录入一项结果</translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="88"/>
        <source>is not part of the %1 panel</source>
        <translation>不属于 %1 检验组</translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="117"/>
        <source>is not in any panel</source>
        <translation>不属于任何检验组</translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="224"/>
        <source>unknown analyte %1</source>
        <translation>未知的检验项目 %1</translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="226"/>
        <source>a reference range is for any, female or male patients</source>
        <translation>参考范围适用于所有、女性或男性患者</translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="228"/>
        <source>the upper limit of normal must be above zero</source>
        <translation>正常值上限必须大于零</translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="230"/>
        <source>the lower limit of normal cannot be negative</source>
        <translation>正常值下限不能为负数</translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="232"/>
        <source>the lower limit must be below the upper limit</source>
        <translation>下限必须低于上限</translation>
    </message>
</context>
<context>
    <name>Patients</name>
    <message>
        <location filename="../core/records/Patients.cpp" line="71"/>
        <source>use up to 32 letters, digits and dashes</source>
        <translation>最多 32 个字母、数字或连字符</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="42"/>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="40"/>
        <source>%1 is not a day of the calendar (check the month and day)</source>
        <translation>%1 不是日历上存在的日期（请核对月份和日期）</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="44"/>
        <location filename="../core/records/Patients.cpp" line="558"/>
        <source>%1 is in the future</source>
        <translation>%1 是将来的日期</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="38"/>
        <location filename="../core/records/Patients.cpp" line="46"/>
        <source>%1 is before 1900</source>
        <translation>%1 早于 1900 年</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="49"/>
        <source>use male or female</source>
        <translation>请使用 male 或 female</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="51"/>
        <location filename="../core/records/Patients.cpp" line="53"/>
        <location filename="../core/records/Patients.cpp" line="55"/>
        <source>is too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="75"/>
        <source>enter the patient&apos;s name or medical record number</source>
        <translation>请填写患者姓名或病历号</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="77"/>
        <location filename="../core/records/Patients.cpp" line="503"/>
        <source>the birth date is required</source>
        <translation>出生日期为必填项</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="79"/>
        <location filename="../core/records/Patients.cpp" line="505"/>
        <source>choose the sex</source>
        <translation>请选择性别</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="117"/>
        <source>%1 (%2) may not enter patients&apos; names and record numbers.</source>
        <translation>%1（%2）不可录入患者姓名和病历号。</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="119"/>
        <source>your account does not hold the key to patients&apos; identities yet: a colleague who may see identities gives it to you by signing in once; then sign in again</source>
        <translation>您的账户尚未持有患者身份信息的密钥：需由一位可查看身份信息的同事登录一次为您授予，之后请重新登录</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="184"/>
        <location filename="../core/records/Patients.cpp" line="288"/>
        <source>(cannot be read)</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="317"/>
        <source>Screening</source>
        <translation>筛选中</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="318"/>
        <source>Enrolled</source>
        <translation>已入组</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="319"/>
        <source>Screen failure</source>
        <translation>筛选失败</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="320"/>
        <source>Withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="321"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="357"/>
        <source>%1 is already in use at this site</source>
        <translation>%1 在本站点已被使用</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="458"/>
        <source>no patient has the id %1</source>
        <translation>不存在 ID 为 %1 的患者</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="489"/>
        <source>no patient has the subject ID %1</source>
        <translation>没有受试者编号为 %1 的患者</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="507"/>
        <source>a reason is required to change saved data</source>
        <translation>修改已保存的数据须填写原因</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="553"/>
        <source>a patient whose status is %1 cannot become %2</source>
        <translation>状态为 %1 的患者不能改为 %2</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="556"/>
        <source>the date is required</source>
        <translation>日期为必填项</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="561"/>
        <source>%1 is before the patient&apos;s birth</source>
        <translation>%1 早于患者出生日期</translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="563"/>
        <source>say why</source>
        <translation>请说明原因</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <location filename="../core/export/PdfDocument.cpp" line="305"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../core/export/PdfDocument.cpp" line="317"/>
        <source>The PDF report needs the graphical libraries (a QGuiApplication; offscreen is enough).</source>
        <translation>PDF 报告需要图形库（QGuiApplication；offscreen 即可）。</translation>
    </message>
    <message>
        <location filename="../core/export/PdfDocument.cpp" line="320"/>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location filename="../core/export/PdfDocument.cpp" line="324"/>
        <source>%1 cannot be written (%2)</source>
        <translation>无法写入 %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/export/PdfDocument.cpp" line="334"/>
        <source>The PDF report could not be started.</source>
        <translation>无法开始生成 PDF 报告。</translation>
    </message>
    <message>
        <location filename="../core/export/PdfDocument.cpp" line="340"/>
        <location filename="../core/export/PdfDocument.cpp" line="343"/>
        <source>%1 cannot be written (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="90"/>
        <source>a rule needs one of %1</source>
        <translation>规则需要以下之一：%1</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="96"/>
        <source>&quot;%1&quot; needs a list of rules</source>
        <translation>“%1”需要一个规则列表</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="108"/>
        <source>&quot;%1&quot; is not a known fact</source>
        <translation>“%1”不是已知的事实项</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="122"/>
        <source>attest needs a yes/no fact and &quot;expect&quot;: true or false</source>
        <translation>attest 需要一个是/否事实项，以及 &quot;expect&quot;: true 或 false</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="127"/>
        <source>equals needs a text fact and a &quot;value&quot;</source>
        <translation>equals 需要一个文本事实项和一个 &quot;value&quot;</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="132"/>
        <source>range needs a number fact and &quot;min&quot; or &quot;max&quot;</source>
        <translation>range 需要一个数值事实项，以及 &quot;min&quot; 或 &quot;max&quot;</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="136"/>
        <source>uln_multiple needs a lab fact and a positive &quot;max&quot;</source>
        <translation>uln_multiple 需要一个检验事实项和一个正数 &quot;max&quot;</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="140"/>
        <source>within_days needs a date fact and whole-day &quot;min&quot; &lt;= &quot;max&quot;</source>
        <translation>within_days 需要一个日期事实项，且整天数 &quot;min&quot; &lt;= &quot;max&quot;</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="187"/>
        <source>is not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="194"/>
        <source>has no protocol identifier</source>
        <translation>没有方案标识符</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="203"/>
        <source>needs a unique id</source>
        <translation>需要唯一的 id</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="207"/>
        <source>kind must be inclusion or exclusion</source>
        <translation>kind 必须为 inclusion 或 exclusion</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="213"/>
        <source>needs an English text</source>
        <translation>需要英文文本</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="221"/>
        <source>the protocol lists no criteria</source>
        <translation>方案未列出任何标准</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="237"/>
        <source>must be a grade from 1 to %1 of that scale</source>
        <translation>必须是该量表 1 至 %1 级中的一个分级</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="241"/>
        <source>must be who, ctcae or rtog</source>
        <translation>必须是 who、ctcae 或 rtog</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="249"/>
        <location filename="../core/clinical/Protocol.cpp" line="252"/>
        <source>must be a list of table names</source>
        <translation>必须是表名列表</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="260"/>
        <source>%1 is critical already: every record of it is verified</source>
        <translation>%1 已是关键表：其每条记录都要核查</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="265"/>
        <source>must be an object with the visits</source>
        <translation>必须是包含访视列表的对象</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="274"/>
        <source>%1 grade &gt;= %2</source>
        <translation>%1 分级 &gt;= %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="93"/>
        <source>Reason for the change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="98"/>
        <source>%1
A reason is required: why is saved data being changed? (kept in the audit trail; Cancel keeps the data as it was)</source>
        <translation>%1
必须填写原因：为什么要修改已保存的数据？（将记入稽查轨迹；点击取消则保持数据不变）</translation>
    </message>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="90"/>
        <source>%1
Why is saved data being changed? (kept in the audit trail)</source>
        <translation>%1
为什么要修改已保存的数据？（将记入稽查轨迹）</translation>
    </message>
</context>
<context>
    <name>Queries</name>
    <message>
        <location filename="../core/records/Queries.cpp" line="124"/>
        <source>query %1 is %2; it cannot be %3</source>
        <translation>质疑 %1 当前为“%2”，不能变为“%3”</translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="152"/>
        <source>I raise this query on the value recorded.</source>
        <translation>本人就所记录的数值发起此质疑。</translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="154"/>
        <source>I answer this query; any correction given is true to the source.</source>
        <translation>本人回复此质疑；所作的任何更正均与源文件一致。</translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="156"/>
        <source>I close this query: the answer resolves it.</source>
        <translation>本人关闭此质疑：该回复已解决问题。</translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="157"/>
        <source>I re-open this query: the answer does not resolve it.</source>
        <translation>本人重新开放此质疑：该回复未解决问题。</translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="163"/>
        <source>open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="165"/>
        <location filename="../core/records/Queries.cpp" line="215"/>
        <source>answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="167"/>
        <location filename="../core/records/Queries.cpp" line="247"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="186"/>
        <source>record %1/%2 belongs to another patient</source>
        <translation>记录 %1/%2 属于另一名患者</translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="188"/>
        <source>say what the query asks</source>
        <translation>请写明质疑的问题</translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="217"/>
        <source>write the answer</source>
        <translation>请填写回复</translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="226"/>
        <source>a correction needs a reason</source>
        <translation>更正必须填写原因</translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="259"/>
        <source>re-opened</source>
        <translation>重新开放</translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="261"/>
        <source>say why the query is re-opened</source>
        <translation>请说明重新开放质疑的原因</translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="275"/>
        <source>there is no query %1 at this site</source>
        <translation>本站点没有质疑 %1</translation>
    </message>
</context>
<context>
    <name>QueryTargets</name>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="71"/>
        <source>%1 cannot be empty</source>
        <translation>%1 不能为空</translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="80"/>
        <source>%1 is a date written YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>%1 应为 YYYY-MM-DD 格式的日期，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="86"/>
        <source>%1 is a number above 0, not &quot;%2&quot;</source>
        <translation>%1 应为大于 0 的数字，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="94"/>
        <source>%1 is yes or no, not &quot;%2&quot;</source>
        <translation>%1 应为 yes 或 no，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="99"/>
        <source>%1 is a CTCAE grade from 1 to 5, not &quot;%2&quot;</source>
        <translation>%1 应为 1 至 5 的 CTCAE 分级，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="104"/>
        <source>%1 is one of %2, not &quot;%3&quot;</source>
        <translation>%1 应为 %2 之一，而不是“%3”</translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="107"/>
        <source>%1 cannot be corrected here</source>
        <translation>%1 不能在此更正</translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="116"/>
        <source>resolution cannot come before onset</source>
        <translation>缓解日期不能早于发生日期</translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="118"/>
        <source>a grade 5 event has the outcome fatal</source>
        <translation>5 级事件的转归应为死亡</translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="132"/>
        <source>&quot;%1&quot; is not a table that can be queried; use one of %2</source>
        <translation>“%1”不是可以质疑的表；请使用以下之一：%2</translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="142"/>
        <source>name a record as TABLE/ID, not &quot;%1&quot;</source>
        <translation>请以 TABLE/ID 形式指定记录，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="151"/>
        <source>there is no %1 record %2 at this site</source>
        <translation>本站点没有 %1 记录 %2</translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="163"/>
        <source>&quot;%1&quot; is not a field of %2; use one of %3</source>
        <translation>“%1”不是 %2 的字段；请使用以下之一：%3</translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="171"/>
        <source>this %1 record is %2: correct it with its own correction, which keeps what was signed</source>
        <translation>此 %1 记录的状态为 %2：请用该记录自身的更正功能修改，以保留已签名的内容</translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="184"/>
        <source>%1 of %2 cannot be corrected in answer to a query; correct it where it is recorded</source>
        <translation>%2 的 %1 不能通过回复质疑来更正；请在录入该数据的位置更正</translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="198"/>
        <source>records of %1 cannot be corrected in answer to a query</source>
        <translation>%1 的记录不能通过回复质疑来更正</translation>
    </message>
</context>
<context>
    <name>Radiotherapy</name>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="160"/>
        <source>the total dose must be above 0 and at most 200 Gy</source>
        <translation>总剂量必须大于 0 且不超过 200 Gy</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="162"/>
        <source>the number of fractions must be 1 to 100</source>
        <translation>分次数必须为 1 至 100</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="164"/>
        <source>the dose per fraction must be above 0 and at most 30 Gy</source>
        <translation>单次剂量必须大于 0 且不超过 30 Gy</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="167"/>
        <source>%1 fractions of %2 Gy make %3 Gy, not the planned %4 Gy</source>
        <translation>%1 次 × %2 Gy 共 %3 Gy，而非计划的 %4 Gy</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="171"/>
        <source>the start date is required</source>
        <translation>必须填写开始日期</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="173"/>
        <source>choose at least one treatment weekday</source>
        <translation>请至少选择一个治疗日</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="175"/>
        <source>name the concurrent chemotherapy agent</source>
        <translation>请填写同步化疗药物名称</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="108"/>
        <source>record the radiotherapy plan first</source>
        <translation>请先记录放疗计划</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="255"/>
        <source>a fraction needs a date</source>
        <translation>分次需要填写日期</translation>
    </message>
    <message>
        <location filename="../core/records/FractionCsv.cpp" line="53"/>
        <location filename="../core/records/Radiotherapy.cpp" line="257"/>
        <source>%1 is in the future</source>
        <translation>%1 是将来的日期</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="259"/>
        <source>%1 is before the plan starts (%2)</source>
        <translation>%1 早于计划开始日期（%2）</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="263"/>
        <source>a delivered fraction needs a dose above 0 and at most 30 Gy</source>
        <translation>已执行的分次需要大于 0 且不超过 30 Gy 的剂量</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="265"/>
        <source>say why the fraction was missed or held</source>
        <translation>请说明漏照或暂停的原因</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="279"/>
        <source>fraction %1 was delivered on %2; void it first if it was recorded in error</source>
        <translation>第 %1 次分次已于 %2 执行；如系误录，请先作废</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="282"/>
        <source>%1 is recorded as a missed or held day; void that first</source>
        <translation>%1 已记录为漏照或暂停日；请先作废该记录</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="285"/>
        <source>%1 is already recorded as missed or held</source>
        <translation>%1 已记录为漏照或暂停</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="289"/>
        <source>all %1 planned fractions are already delivered</source>
        <translation>计划的 %1 个分次已全部执行</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="310"/>
        <source>fraction %1 was already delivered today</source>
        <translation>第 %1 次分次今天已执行</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="334"/>
        <source>%1 is not on treatment (%2): no fraction can be recorded</source>
        <translation>%1 不在治疗中（%2）：不能记录分次</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="349"/>
        <source>No date is given.</source>
        <translation>未给出日期。</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="351"/>
        <source>The plan starts on %1, after %2.</source>
        <translation>计划开始于 %1，在 %2 之后。</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="353"/>
        <source>%1 is not one of the plan&apos;s treatment days.</source>
        <translation>%1 不是计划中的治疗日。</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="356"/>
        <source>%1 is a holiday of the site.</source>
        <translation>%1 是本站点的假日。</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="357"/>
        <source>%1 is a holiday of the site (%2).</source>
        <translation>%1 是本站点的假日（%2）。</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="365"/>
        <source>say why the fraction is voided</source>
        <translation>请说明作废该分次的原因</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="370"/>
        <source>this fraction is already voided</source>
        <translation>该分次已作废</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="376"/>
        <source>only the latest delivered fraction (%1) can be voided</source>
        <translation>只能作废最近一次执行的分次（第 %1 次）</translation>
    </message>
    <message>
        <location filename="../core/records/FractionCsv.cpp" line="17"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../core/records/FractionCsv.cpp" line="29"/>
        <source>the first line must name the columns date, fraction and dose</source>
        <translation>第一行必须列出 date、fraction 和 dose 列名</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="448"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../core/records/FractionCsv.cpp" line="40"/>
        <source>has %1 columns, the header has %2</source>
        <translation>有 %1 列，而表头有 %2 列</translation>
    </message>
    <message>
        <location filename="../core/records/FractionCsv.cpp" line="50"/>
        <source>date &quot;%1&quot; is not a calendar date YYYY-MM-DD</source>
        <translation>日期“%1”不是 YYYY-MM-DD 格式的日历日期</translation>
    </message>
    <message>
        <location filename="../core/records/FractionCsv.cpp" line="51"/>
        <source>fraction number &quot;%1&quot; is not between 1 and %2</source>
        <translation>分次号“%1”不在 1 至 %2 之间</translation>
    </message>
    <message>
        <location filename="../core/records/FractionCsv.cpp" line="52"/>
        <source>dose &quot;%1&quot; is not a dose above 0 and at most 30 Gy</source>
        <translation>剂量“%1”不是大于 0 且不超过 30 Gy 的剂量</translation>
    </message>
    <message>
        <location filename="../core/records/FractionCsv.cpp" line="54"/>
        <source>%1 is before the plan starts</source>
        <translation>%1 早于计划开始日期</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="436"/>
        <source>fraction %1 is already recorded on %2 with %3 Gy</source>
        <translation>第 %1 次分次已于 %2 记录，剂量 %3 Gy</translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="474"/>
        <source>a holiday needs a date</source>
        <translation>节假日需要填写日期</translation>
    </message>
</context>
<context>
    <name>RandomizationReserve</name>
    <message>
        <location filename="../core/records/RandomizationReserve.cpp" line="28"/>
        <source>the central site&apos;s reserve came without a valid sealing key</source>
        <translation>中心站点发来的储备没有有效的封存密钥</translation>
    </message>
    <message>
        <location filename="../core/records/RandomizationReserve.cpp" line="39"/>
        <source>the central site sent a reserve entry without stratum, sequence or seal</source>
        <translation>中心站点发来的储备条目缺少分层、序号或封印</translation>
    </message>
    <message>
        <location filename="../core/records/RandomizationReserve.cpp" line="89"/>
        <source>A reserve entry is opened only inside the randomize action&apos;s transaction.</source>
        <translation>储备条目只能在随机分组操作的事务中拆封。</translation>
    </message>
    <message>
        <location filename="../core/records/RandomizationReserve.cpp" line="103"/>
        <source>This device is not enrolled with the trial&apos;s central site, which allocates the arms, and holds no reserve for stratum %1: nothing was allocated. An administrator enrols it (mucotrack-cli sync enroll) to randomize.</source>
        <translation>本设备未在负责分配组别的试验中心站点注册，也没有分层 %1 的储备：未进行任何分配。请管理员注册本设备（mucotrack-cli sync enroll）后再随机化。</translation>
    </message>
    <message>
        <location filename="../core/records/RandomizationReserve.cpp" line="106"/>
        <source>The central site cannot be reached and this device&apos;s reserve for stratum %1 is empty: nothing was allocated. Randomize when the device is online, or sync to refill the reserve.</source>
        <translation>无法连接中心站点，且本设备分层 %1 的储备已用完：未进行任何分配。请在设备联网时进行随机分组，或同步以补充储备。</translation>
    </message>
    <message>
        <location filename="../core/records/RandomizationReserve.cpp" line="116"/>
        <source>Reserve entry %1 #%2 does not open as the central site issued it (altered, moved or from another device); nothing was allocated. Tell the central site.</source>
        <translation>储备条目 %1 #%2 拆封后与中心站点发放的内容不符（被改动、被移动或来自其他设备）；未进行任何分配。请通知中心站点。</translation>
    </message>
</context>
<context>
    <name>Randomizations</name>
    <message>
        <location filename="../core/records/Randomizations.cpp" line="50"/>
        <source>I randomize this patient</source>
        <translation>本人对此患者进行随机分组</translation>
    </message>
</context>
<context>
    <name>Randomize</name>
    <message>
        <location filename="../core/records/Randomize.cpp" line="33"/>
        <source>%1 decides the stratum: record it first (one of %2)</source>
        <translation>%1 决定分层：请先记录该项（取值为以下之一：%2）</translation>
    </message>
    <message>
        <location filename="../core/records/Randomize.cpp" line="61"/>
        <source>%1 (%2) may not randomize a patient: coordinators and investigators randomize.</source>
        <translation>%1（%2）不能对患者进行随机分组：随机分组由研究协调员和研究者进行。</translation>
    </message>
    <message>
        <location filename="../core/records/Randomize.cpp" line="76"/>
        <source>The password is wrong; nothing was allocated.</source>
        <translation>密码错误；未进行任何分配。</translation>
    </message>
    <message>
        <location filename="../core/records/Randomize.cpp" line="85"/>
        <source>%1 is already randomized (%2, %3 #%4)</source>
        <translation>%1 已随机化（%2，%3 #%4）</translation>
    </message>
    <message>
        <location filename="../core/records/Randomize.cpp" line="96"/>
        <source>%1 is not enrolled: only a patient with a signed eligible screening is randomized (status: %2)</source>
        <translation>%1 尚未入组：只有筛选判定为合格且已签名的患者才能随机分组（状态：%2）</translation>
    </message>
    <message>
        <location filename="../core/records/Randomize.cpp" line="113"/>
        <source>The central site&apos;s allocation is not one this device can record (stratum %1, arm %2); nothing was recorded.</source>
        <translation>本设备无法记录中心站点给出的分配（分层 %1，组别 %2）；未记录任何内容。</translation>
    </message>
</context>
<context>
    <name>RandomizeClient</name>
    <message>
        <location filename="../core/sync/RandomizeClient.cpp" line="41"/>
        <source>The central site refused to randomize: %1</source>
        <translation>中心站点拒绝随机分组：%1</translation>
    </message>
    <message>
        <location filename="../core/sync/RandomizeClient.cpp" line="43"/>
        <source>the central site refused to randomize: %1</source>
        <translation>中心站点拒绝随机分组：%1</translation>
    </message>
</context>
<context>
    <name>RecordSignature</name>
    <message>
        <location filename="../core/records/RecordSignature.cpp" line="202"/>
        <source>%1 record %2 was signed as it was made, and its %3 is no longer what the audit trail recorded then</source>
        <translation>%1 记录 %2 在创建时已签名，但其 %3 已不是稽查轨迹当时记录的值</translation>
    </message>
    <message>
        <location filename="../core/records/RecordSignature.cpp" line="213"/>
        <source>%1 record %2 was signed here as it was made, and now names %3, who holds no key here</source>
        <translation>%1 记录 %2 在本设备创建时已签名，现在却注明 %3，而此人在本设备没有密钥</translation>
    </message>
    <message>
        <location filename="../core/records/RecordSignature.cpp" line="236"/>
        <source>the signature of %1 on %2 record %3 does not match what was signed</source>
        <translation>%1 对 %2 记录 %3 的签名与所签署的内容不符</translation>
    </message>
    <message>
        <location filename="../core/records/RecordSignature.cpp" line="246"/>
        <source>%1 record %2 was signed as it was made and is gone, with no deletion in the audit trail</source>
        <translation>%1 记录 %2 在创建时已签名，现已不存在，而稽查轨迹中没有删除记录</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <location filename="../core/records/RecordStore.cpp" line="422"/>
        <source>is not a field of %1</source>
        <translation>不是 %1 的字段</translation>
    </message>
    <message>
        <location filename="../core/records/RecordStore.cpp" line="99"/>
        <source>no %1 record has the id %2</source>
        <translation>不存在 ID 为 %2 的 %1 记录</translation>
    </message>
    <message>
        <location filename="../core/records/RecordStore.cpp" line="65"/>
        <source>A change to %1 was attempted outside a transaction.</source>
        <translation>试图在事务之外更改 %1。</translation>
    </message>
    <message>
        <location filename="../core/records/RecordStore.cpp" line="122"/>
        <source>names someone other than the one signing in</source>
        <translation>注明的不是当前签名的用户</translation>
    </message>
    <message>
        <location filename="../core/records/RecordStore.cpp" line="185"/>
        <source>a reason is required to change saved data</source>
        <translation>修改已保存的数据必须填写原因</translation>
    </message>
    <message>
        <location filename="../core/records/RecordStore.cpp" line="243"/>
        <source>a reason is required to delete a record</source>
        <translation>删除记录必须填写原因</translation>
    </message>
    <message>
        <location filename="../core/records/RecordStore.cpp" line="393"/>
        <source>a reason is required to resolve a conflict</source>
        <translation>解决冲突必须填写原因</translation>
    </message>
    <message>
        <location filename="../core/records/RecordStore.cpp" line="439"/>
        <source>Electronic signature</source>
        <translation>电子签名</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../core/reports/EndpointAnalysis.cpp" line="40"/>
        <source>not randomized (%1)</source>
        <translation>未随机化（%1）</translation>
    </message>
    <message>
        <location filename="../core/reports/EndpointAnalysis.cpp" line="54"/>
        <source>randomized, no signed graded visit</source>
        <translation>已随机化，无已签名的分级访视</translation>
    </message>
    <message>
        <location filename="../core/reports/EndpointAnalysis.cpp" line="55"/>
        <source>randomized, no signed graded visit on or after the day of randomization</source>
        <translation>已随机化，随机化当天或之后无已签名的分级访视</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="39"/>
        <location filename="../ui/admin/ReportsMenu.cpp" line="41"/>
        <source>Reports and exports</source>
        <translation>报告与导出</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="64"/>
        <source>Print casebook</source>
        <translation>打印病例报告册</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="71"/>
        <source>Wrote the casebook of %1 to %2.</source>
        <translation>已将 %1 的病例报告册写入 %2。</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="81"/>
        <source>CDISC &amp;ODM 1.3.2...</source>
        <translation>CDISC ODM 1.3.2(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="85"/>
        <source>Export CDISC ODM</source>
        <translation>导出 CDISC ODM</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="93"/>
        <source>Writing the ODM export...</source>
        <translation>正在写入 ODM 导出文件...</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="93"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="107"/>
        <source>Exported %1 subjects to %2.</source>
        <translation>已将 %1 名受试者导出到 %2。</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="109"/>
        <source>&amp;CSV (one file per domain)...</source>
        <translation>CSV（每个数据域一个文件）(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="113"/>
        <source>Export CSV into a folder</source>
        <translation>将 CSV 导出到文件夹</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="121"/>
        <source>Wrote %1 files to %2.</source>
        <translation>已将 %1 个文件写入 %2。</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="123"/>
        <source>&amp;Primary endpoint...</source>
        <translation>主要终点(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="127"/>
        <source>&amp;DMC report (PDF)...</source>
        <translation>DMC 报告 (PDF)(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="131"/>
        <source>Save the DMC report</source>
        <translation>保存 DMC 报告</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="140"/>
        <source>Wrote the DMC report to %1.</source>
        <translation>已将 DMC 报告写入 %1。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../core/security/Roles.cpp" line="69"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="70"/>
        <source>Investigator</source>
        <translation>研究者</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="71"/>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="72"/>
        <source>Study coordinator</source>
        <translation>研究协调员</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="73"/>
        <source>Monitor</source>
        <translation>监查员</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="81"/>
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="82"/>
        <source>change site settings</source>
        <translation>修改站点设置</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="83"/>
        <source>view patients</source>
        <translation>查看患者</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="84"/>
        <source>see patients&apos; names and record numbers</source>
        <translation>查看患者姓名和病历号</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="85"/>
        <source>add patients</source>
        <translation>添加患者</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="86"/>
        <source>change patient details</source>
        <translation>修改患者信息</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="87"/>
        <source>screen patients</source>
        <translation>筛选患者</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="88"/>
        <source>sign an eligibility decision</source>
        <translation>签署入组资格判定</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="89"/>
        <source>randomize a patient</source>
        <translation>将患者随机分组</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="90"/>
        <source>enter lab results</source>
        <translation>录入检验结果</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="91"/>
        <source>record radiotherapy fractions</source>
        <translation>记录放疗分次</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="92"/>
        <source>change the radiotherapy prescription</source>
        <translation>修改放疗处方</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="93"/>
        <source>record mucositis findings</source>
        <translation>记录黏膜炎检查所见</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="94"/>
        <source>sign a grade</source>
        <translation>签署分级</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="95"/>
        <source>record study-drug doses</source>
        <translation>记录研究药物给药</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="96"/>
        <source>record adverse events</source>
        <translation>记录不良事件</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="97"/>
        <source>resolve sync conflicts</source>
        <translation>解决同步冲突</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="98"/>
        <source>verify the audit trail</source>
        <translation>验证稽查轨迹</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="99"/>
        <source>configure the central site</source>
        <translation>配置中心站点</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="100"/>
        <source>synchronise with the central site</source>
        <translation>与中心站点同步</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="101"/>
        <source>raise, close or re-open a data query</source>
        <translation>发起、关闭或重新开放数据质疑</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="102"/>
        <source>answer a data query</source>
        <translation>回复数据质疑</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="103"/>
        <source>mark a record verified against the source</source>
        <translation>标记记录已完成源数据核查</translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="120"/>
        <source>&quot;%1&quot; is not a role; use one of %2</source>
        <translation>“%1”不是角色；请使用以下之一：%2</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../core/records/Schedule.cpp" line="117"/>
        <source>labs</source>
        <translation>检验</translation>
    </message>
    <message>
        <location filename="../core/records/Schedule.cpp" line="119"/>
        <source>signed grade</source>
        <translation>已签名的分级</translation>
    </message>
    <message>
        <location filename="../core/records/Schedule.cpp" line="126"/>
        <source>upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../core/records/Schedule.cpp" line="127"/>
        <source>due</source>
        <translation>应做</translation>
    </message>
    <message>
        <location filename="../core/records/Schedule.cpp" line="128"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../core/records/Schedule.cpp" line="129"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../core/records/Schedule.cpp" line="138"/>
        <source>%1 (recorded, to sign)</source>
        <translation>%1（已记录，待签名）</translation>
    </message>
    <message>
        <location filename="../core/records/Schedule.cpp" line="149"/>
        <source>%1 (week %2)</source>
        <translation>%1（第 %2 周）</translation>
    </message>
</context>
<context>
    <name>Screenings</name>
    <message>
        <location filename="../core/records/Screenings.cpp" line="36"/>
        <source>I have reviewed every inclusion and exclusion criterion and confirm this eligibility decision.</source>
        <translation>本人已逐条核对全部入选标准和排除标准，并确认此入组资格判定。</translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="109"/>
        <source> (entered %1 %2)</source>
        <translation>（录入值 %1 %2）</translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="110"/>
        <source>%1 %2 %3%4, collected %5</source>
        <translation>%1 %2 %3%4，采样日期 %5</translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="139"/>
        <source>the patient&apos;s status is %1: the signed screening stands, and no other screening can be saved or signed</source>
        <translation>患者状态为%1：已签署的筛选保持有效，不能再保存或签署其他筛选</translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="203"/>
        <source>&quot;%1&quot; is not a decision; use eligible or ineligible</source>
        <translation>“%1”不是判定结果；请使用 eligible 或 ineligible</translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="206"/>
        <source>no screening has been submitted for this patient</source>
        <translation>此患者尚未提交筛选</translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="209"/>
        <source>the latest screening (%1) is already signed</source>
        <translation>最近一次筛选（%1）已签名</translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="211"/>
        <source>the latest evaluation is incomplete: answer every criterion first</source>
        <translation>最近一次评估不完整：请先回答所有标准</translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="213"/>
        <source>%1 contradicts the latest evaluation (%2)</source>
        <translation>%1 与最近一次评估结果（%2）不符</translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="225"/>
        <source>no screening has the id %1</source>
        <translation>不存在 ID 为 %1 的筛选</translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="230"/>
        <source>this screening is already signed</source>
        <translation>此筛选已签名</translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="232"/>
        <source>an incomplete screening cannot be signed: answer every criterion first</source>
        <translation>筛选不完整，不能签名：请先回答所有标准</translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="241"/>
        <source>a screening saved after this one supersedes it: sign the patient&apos;s latest screening</source>
        <translation>此后保存的筛选已取代此筛选：请签署该患者最新的筛选</translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="249"/>
        <source>Signed eligibility decision</source>
        <translation>已签名的入组资格判定</translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="250"/>
        <source>Signed eligibility decision: %1</source>
        <translation>已签名的入组资格判定：%1</translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="260"/>
        <source>The signed screening could not be read back.</source>
        <translation>无法读回已签名的筛选。</translation>
    </message>
</context>
<context>
    <name>SdvSamplePlan</name>
    <message>
        <location filename="../core/clinical/SdvSample.cpp" line="20"/>
        <source>must be a whole percentage from 0 to 100</source>
        <translation>必须是 0 至 100 的整数百分比</translation>
    </message>
    <message>
        <location filename="../core/clinical/SdvSample.cpp" line="45"/>
        <location filename="../core/clinical/SdvSample.cpp" line="48"/>
        <source>must be a list of table names</source>
        <translation>必须是表名列表</translation>
    </message>
    <message>
        <location filename="../core/clinical/SdvSample.cpp" line="61"/>
        <source>must map site codes to percentages</source>
        <translation>必须将站点代码映射到百分比</translation>
    </message>
    <message>
        <location filename="../core/clinical/SdvSample.cpp" line="65"/>
        <source>&quot;%1&quot; is not a site code</source>
        <translation>“%1”不是站点代码</translation>
    </message>
</context>
<context>
    <name>SealedKeys</name>
    <message>
        <location filename="../core/security/SealedKeys.cpp" line="44"/>
        <source>The audit trail is broken at row %1 (%2); no key is sealed to anyone until it is repaired.</source>
        <translation>稽查轨迹在第 %1 行断开（%2）；修复之前不会为任何人密封密钥。</translation>
    </message>
    <message>
        <location filename="../core/security/SealedKeys.cpp" line="110"/>
        <source>patients&apos; identities</source>
        <translation>患者身份信息</translation>
    </message>
    <message>
        <location filename="../core/security/SealedKeys.cpp" line="112"/>
        <source>the sync token</source>
        <translation>同步令牌</translation>
    </message>
    <message>
        <location filename="../core/security/SealedKeys.cpp" line="226"/>
        <source>The key of %1 registered in the audit trail is malformed.</source>
        <translation>稽查轨迹中登记的 %1 的密钥格式错误。</translation>
    </message>
    <message>
        <location filename="../core/security/SealedKeys.cpp" line="245"/>
        <source>The audit trail is broken at row %1 (%2); no key is made for %3 until it is repaired.</source>
        <translation>稽查轨迹在第 %1 行断开（%2）；修复之前不会为%3生成密钥。</translation>
    </message>
    <message>
        <location filename="../core/security/SealedKeys.cpp" line="248"/>
        <source>No account holds the key to %1 any more. Restore the site from a backup.</source>
        <translation>已没有任何账户持有%1的密钥。请从备份恢复站点。</translation>
    </message>
</context>
<context>
    <name>SharedMrnQuestion</name>
    <message>
        <location filename="../ui/SharedMrnQuestion.cpp" line="24"/>
        <source>Medical record number in use</source>
        <translation>病历号已被使用</translation>
    </message>
    <message>
        <location filename="../ui/SharedMrnQuestion.cpp" line="25"/>
        <source>The medical record number %1 already belongs to %2. Save this patient with the same number?</source>
        <translation>病历号 %1 已属于 %2。仍要以相同病历号保存此患者吗？</translation>
    </message>
</context>
<context>
    <name>SiteBackup</name>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="33"/>
        <location filename="../core/security/SiteBackup.cpp" line="36"/>
        <source>%1 cannot be read (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="48"/>
        <source>starting a backup of %1</source>
        <translation>开始备份 %1</translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="58"/>
        <location filename="../core/security/SiteBackup.cpp" line="60"/>
        <source>copying %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="84"/>
        <source>%1 is not an existing folder</source>
        <translation>%1 不是已存在的文件夹</translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="99"/>
        <source>The key file %1 is locked by another program; try again.</source>
        <translation>密钥文件 %1 被其他程序锁定；请重试。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="144"/>
        <source>The backup %1 could not be put in place.</source>
        <translation>无法将备份 %1 放到目标位置。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="158"/>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="160"/>
        <source>The backup %1 has no key file beside it (%2).</source>
        <translation>备份 %1 旁边没有密钥文件（%2）。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="164"/>
        <source>The key file of the backup %1 has been altered or is not sealed.</source>
        <translation>备份 %1 的密钥文件已被改动或未封存。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="169"/>
        <source>The backup %1 could not be copied to a temporary folder to be checked.</source>
        <translation>无法将备份 %1 复制到临时文件夹进行检查。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="176"/>
        <source>The backup %1 is damaged (%2).</source>
        <translation>备份 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="182"/>
        <source>The key file of the backup %1 is older than its database.</source>
        <translation>备份 %1 的密钥文件比其数据库旧。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="193"/>
        <source>%1 already exists; a restore never overwrites a database</source>
        <translation>%1 已存在；恢复绝不覆盖数据库</translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="196"/>
        <source>The backup %1 is not restored: its audit trail is broken at row %2.</source>
        <translation>未恢复备份 %1：其稽查轨迹在第 %2 行损坏。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="202"/>
        <source>The backup could not be copied to %1 (is the disk full?).</source>
        <translation>无法将备份复制到 %1（磁盘是否已满？）。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="211"/>
        <source>The backup could not be written to %1 (is the disk full?).</source>
        <translation>无法将备份写入 %1（磁盘是否已满？）。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="221"/>
        <source>The restored database could not be put at %1.</source>
        <translation>无法将恢复的数据库放到 %1。</translation>
    </message>
</context>
<context>
    <name>SiteVault</name>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="190"/>
        <source>a password needs at least 10 characters</source>
        <translation>密码至少需要 10 个字符</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="198"/>
        <source>a user name is 2 to 32 letters, digits, dots, dashes or underscores</source>
        <translation>用户名为 2 至 32 个字母、数字、点、连字符或下划线</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="206"/>
        <source>a site code is 2 to 10 capital letters or digits</source>
        <translation>站点代码为 2 至 10 位大写字母或数字</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="231"/>
        <location filename="../core/security/SiteVault.cpp" line="611"/>
        <source>a real site&apos;s key slots need at least the standard Argon2id cost</source>
        <translation>正式站点的密钥槽至少需要标准的 Argon2id 成本</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="233"/>
        <source>%1 already exists; choose a new path</source>
        <translation>%1 已存在；请选择新的路径</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="235"/>
        <source>The folder for %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="311"/>
        <source>%1 could not be created.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="322"/>
        <source>The site database %1 does not exist.</source>
        <translation>站点数据库 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="335"/>
        <source>Too many failed sign-ins for %1; wait %2 seconds and try again.</source>
        <translation>%1 登录失败次数过多；请等待 %2 秒后重试。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="349"/>
        <location filename="../core/security/SiteVault.cpp" line="355"/>
        <location filename="../core/security/SiteVault.cpp" line="401"/>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="406"/>
        <source>The key file %1 has been altered (%2). Sign-in is refused and this was recorded in the audit trail; put back the key file that belongs with this database, or ask the administrator.</source>
        <translation>密钥文件 %1 已被修改（%2）。已拒绝登录并记入稽查轨迹；请放回与本数据库配套的密钥文件，或联系管理员。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="409"/>
        <source>The key file %1 has been altered (%2). Sign-in is refused, and the next sign-in records this in the audit trail; put back the key file that belongs with this database, or ask the administrator.</source>
        <translation>密钥文件 %1 已被修改（%2）。已拒绝登录，下次登录时将记入稽查轨迹；请放回与本数据库配套的密钥文件，或联系管理员。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="415"/>
        <source>its seal does not match its content</source>
        <translation>其封印与内容不符</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="424"/>
        <source>its seal does not match its content: it was edited</source>
        <translation>其封印与内容不符：文件被编辑过</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="426"/>
        <source>it is not sealed, but the database expects generation %1</source>
        <translation>文件未封存，但数据库要求第 %1 代</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="428"/>
        <source>it is generation %1, older than the generation %2 the database recorded: an old copy was put back</source>
        <translation>文件为第 %1 代，早于数据库记录的第 %2 代：放回的是旧副本</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="431"/>
        <source>its cipher settings are not the ones the database recorded</source>
        <translation>其加密设置与数据库记录的不一致</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="437"/>
        <source>the key slot of %1 is below the standard Argon2id cost</source>
        <translation>%1 的密钥槽低于标准的 Argon2id 成本</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="446"/>
        <source>the key slot of %1 holds a signing key the audit trail did not register for %1</source>
        <translation>%1 的密钥槽中的签名密钥不是审计追踪为 %1 登记的密钥</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="479"/>
        <source>The account %1 is not active at this site.</source>
        <translation>账户 %1 在本站点未启用。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="482"/>
        <source>The account %1 has an unknown role.</source>
        <translation>账户 %1 的角色未知。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="619"/>
        <source>Your account has no signing key yet; sign in again.</source>
        <translation>您的账户尚无签名密钥；请重新登录。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="648"/>
        <source>The key file of %1 has no recovery slot.</source>
        <translation>%1 的密钥文件没有恢复槽。</translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="651"/>
        <source>The recovery key is wrong.</source>
        <translation>恢复密钥错误。</translation>
    </message>
</context>
<context>
    <name>SourceVerification</name>
    <message>
        <location filename="../core/records/SourceVerification.cpp" line="88"/>
        <source>I have verified every value of this record against the source document.</source>
        <translation>本人已将此记录的每个数值与源文件逐一核对。</translation>
    </message>
</context>
<context>
    <name>StudyDrug</name>
    <message>
        <location filename="../core/records/StudyDrug.cpp" line="71"/>
        <source>a dose is after breakfast, lunch or dinner</source>
        <translation>给药时段须为早餐后、午餐后或晚餐后</translation>
    </message>
    <message>
        <location filename="../core/records/StudyDrug.cpp" line="73"/>
        <source>a dose cannot be recorded for a future day</source>
        <translation>不能记录将来日期的给药</translation>
    </message>
    <message>
        <location filename="../core/records/StudyDrug.cpp" line="80"/>
        <source>the patient is in the control arm, which receives no study drug</source>
        <translation>该患者属于对照组，对照组不使用研究药物</translation>
    </message>
    <message>
        <location filename="../core/records/StudyDrug.cpp" line="110"/>
        <source>say why the dose is cleared (recorded in error)</source>
        <translation>请说明清除该剂次的原因（误录）</translation>
    </message>
    <message>
        <location filename="../core/records/StudyDrug.cpp" line="114"/>
        <source>no dose is recorded for %1 %2</source>
        <translation>%1 %2 没有已记录的剂次</translation>
    </message>
</context>
<context>
    <name>SubjectBlocks</name>
    <message>
        <location filename="../core/central/SubjectBlocks.cpp" line="73"/>
        <source>must be the number of blocks the device holds</source>
        <translation>必须是设备持有的号段数</translation>
    </message>
    <message>
        <location filename="../core/central/SubjectBlocks.cpp" line="75"/>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
</context>
<context>
    <name>SubjectNumbers</name>
    <message>
        <location filename="../core/records/SubjectNumbers.cpp" line="57"/>
        <source>must be a list of [first, last] pairs</source>
        <translation>必须是 [起始, 结束] 数对的列表</translation>
    </message>
    <message>
        <location filename="../core/records/SubjectNumbers.cpp" line="67"/>
        <source>must be [first, last], whole numbers from 1, after the block before it</source>
        <translation>必须为 [起始, 结束]，从 1 起的整数，且位于前一号段之后</translation>
    </message>
    <message>
        <location filename="../core/records/SubjectNumbers.cpp" line="78"/>
        <source>granted by the central site</source>
        <translation>由中心站点分配</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="144"/>
        <source>The central site&apos;s answer was incomplete.</source>
        <translation>中心站点的应答不完整。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="46"/>
        <source>&quot;%1&quot; is not an https URL</source>
        <translation>“%1”不是 https 网址</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="53"/>
        <source>the central site must be reached over https (plain http only to this computer, for tests): %1</source>
        <translation>必须通过 https 访问中心站点（明文 http 仅限本机测试）：%1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="71"/>
        <source>This computer&apos;s TLS library offers no forward-secret cipher suite (TLS 1.3, or TLS 1.2 with ECDHE or DHE); update it.</source>
        <translation>本机的 TLS 库不提供任何具备前向保密的密码套件（TLS 1.3，或使用 ECDHE/DHE 的 TLS 1.2）；请更新该库。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="84"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 中没有 PEM 证书</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="136"/>
        <source>the central site answered with a redirect (HTTP %1 to %2), which is not followed</source>
        <translation>中心站点返回了重定向（HTTP %1 至 %2），不予跟随</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="246"/>
        <source>The central site no longer accepts this device&apos;s token (%1). Someone who kept a copy of it may have replaced it: ask the central site&apos;s operator to revoke device %2, then enrol this device again.</source>
        <translation>中心站点不再接受本设备的令牌（%1）。保留其副本的人可能已将其更换：请联系中心站点管理员吊销设备 %2，然后重新注册本设备。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="263"/>
        <source>The central site took the device&apos;s new token, which could not be stored yet (%1); it is stored at the next sync.</source>
        <translation>中心站点已接受本设备的新令牌，但暂时无法保存（%1）；将在下次同步时保存。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="271"/>
        <source>This device&apos;s enrolment changed in another program during the sync; sync again.</source>
        <translation>同步期间，本设备的注册已在另一个程序中更改；请再次同步。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/SyncClient.cpp" line="445"/>
        <source>The central site acknowledged none of the %n change(s) sent; they stay in the outbox. Ask the central site&apos;s operator to look at it.</source>
        <translation>
            <numerusform>中心站点未确认已发送的 %n 项更改中的任何一项；这些更改仍保留在发件箱中。请联系中心站点的运维人员检查。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="557"/>
        <source>The central site cannot be used safely: %1</source>
        <translation>无法安全地使用中心站点：%1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="574"/>
        <source>The central site cannot be reached: %1</source>
        <translation>无法连接中心站点：%1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="588"/>
        <source>The central site refused the request (HTTP %1): %2</source>
        <translation>中心站点拒绝了请求（HTTP %1）：%2</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="33"/>
        <source>the central site sent a conflict on an unknown table</source>
        <translation>中心站点发来了一个未知数据表上的冲突</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="94"/>
        <source>this record is signed: that value would change what was signed. Choose the value the record holds; to change it, correct the record</source>
        <translation>此记录已签名：该值会改变已签名的内容。请选择记录中现有的值；如需修改，请更正该记录</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="107"/>
        <source>No central site is configured: enroll this device first (sync enroll).</source>
        <translation>未配置中心站点：请先注册此设备（sync enroll）。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="123"/>
        <source>The DEMO site holds synthetic patients for training: it is never enrolled with a trial&apos;s central site. Enrol a site database of your own.</source>
        <translation>演示站点仅包含用于培训的模拟患者，绝不会注册到试验的中心站点。请注册您自己的站点数据库。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="138"/>
        <source>This database belongs to a monitor&apos;s device: it can be enrolled with a monitor&apos;s code only.</source>
        <translation>此数据库属于监查员设备：只能使用监查员注册码注册。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="142"/>
        <source>a monitor&apos;s device starts from a database without records; this one holds a site&apos;s records</source>
        <translation>监查员设备须从没有记录的数据库开始；此数据库已有站点的记录</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="146"/>
        <source>Enrolled as a monitor&apos;s device</source>
        <translation>已注册为监查员设备</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="405"/>
        <source>unknown table %1</source>
        <translation>未知的表 %1</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="407"/>
        <source>a reason is required to resolve a conflict</source>
        <translation>解决冲突必须填写原因</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="413"/>
        <source>this change could not be applied here; record what is missing first, then sync again</source>
        <translation>此更改无法在此应用；请先记录缺失的内容，然后再次同步</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="428"/>
        <source>no open conflict has the id %1</source>
        <translation>不存在 ID 为 %1 的未解决冲突</translation>
    </message>
</context>
<context>
    <name>SyncToken</name>
    <message>
        <location filename="../core/security/SyncToken.cpp" line="60"/>
        <source>The stored sync token is in clear and the audit trail is broken at row %1 (%2): it is not used until the trail is repaired.</source>
        <translation>已存储的同步令牌为明文，且稽查轨迹在第 %1 行断开（%2）：修复稽查轨迹之前不会使用该令牌。</translation>
    </message>
    <message>
        <location filename="../core/security/SyncToken.cpp" line="63"/>
        <source>The stored sync token is in clear, but this device encrypts it: it was replaced outside MucoTrack. Enrol the device again.</source>
        <translation>已存储的同步令牌为明文，但此设备会加密它：它已在 MucoTrack 之外被替换。请重新注册此设备。</translation>
    </message>
    <message>
        <location filename="../core/security/SyncToken.cpp" line="168"/>
        <source>No account holds this device&apos;s sync key any more: an administrator must enrol the device again.</source>
        <translation>已没有任何账户持有此设备的同步密钥：需由管理员重新注册此设备。</translation>
    </message>
    <message>
        <location filename="../core/security/SyncToken.cpp" line="170"/>
        <source>Your account holds no copy of this device&apos;s sync key: it is sealed to an account when an account that holds it signs in, if the audit trail gives the account a role that may sync.</source>
        <translation>您的账户未持有此设备同步密钥的副本：当持有该密钥的账户登录时，若稽查轨迹赋予某账户可同步的角色，便会为其封装一份副本。</translation>
    </message>
    <message>
        <location filename="../core/security/SyncToken.cpp" line="176"/>
        <source>The stored sync token does not open: it, the central site&apos;s address, the device id or the certificate was changed outside MucoTrack. Enrol the device again.</source>
        <translation>已存储的同步令牌无法打开：令牌、中心站点地址、设备编号或证书已在 MucoTrack 之外被更改。请重新注册此设备。</translation>
    </message>
    <message>
        <location filename="../core/security/SyncToken.cpp" line="186"/>
        <location filename="../core/security/SyncToken.cpp" line="238"/>
        <source>The audit trail does not give your account a role that may sync.</source>
        <translation>稽查轨迹中您账户的角色不允许同步。</translation>
    </message>
    <message>
        <location filename="../core/security/SyncToken.cpp" line="231"/>
        <source>This device holds no sync token to replace; enrol it again.</source>
        <translation>本设备没有可更换的同步令牌；请重新注册。</translation>
    </message>
</context>
<context>
    <name>VisitDates</name>
    <message>
        <location filename="../core/clinical/VisitDates.cpp" line="17"/>
        <source>the visit needs a date</source>
        <translation>访视需要填写日期</translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitDates.cpp" line="19"/>
        <source>%1 is in the future (today is %2)</source>
        <translation>%1 是将来的日期（今天是 %2）</translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitDates.cpp" line="21"/>
        <source>%1 is before the patient&apos;s birth date, %2</source>
        <translation>%1 早于患者的出生日期 %2</translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitDates.cpp" line="23"/>
        <source>%1 is before the patient&apos;s screening and consent, %2; no trial visit precedes consent</source>
        <translation>%1 早于患者的筛选及知情同意日期 %2；任何试验访视都不能早于知情同意</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clinical/VisitDates.cpp" line="26"/>
        <source>%1 is more than %n day(s) before radiotherapy starts (%2): a baseline visit is at most %n day(s) before the start</source>
        <translation>
            <numerusform>%1 比放疗开始日期（%2）早 %n 天以上：基线访视最多只能在放疗开始前 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitDates.cpp" line="30"/>
        <source>%1 is after the patient&apos;s participation ended, %2</source>
        <translation>%1 晚于患者结束参与试验的日期 %2</translation>
    </message>
</context>
<context>
    <name>VisitSchedule</name>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="38"/>
        <source>must list the visits</source>
        <translation>必须列出访视</translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="47"/>
        <source>must be a short lower-case identifier</source>
        <translation>必须是简短的小写标识符</translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="49"/>
        <source>is used by another visit</source>
        <translation>已被另一次访视使用</translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="54"/>
        <source>must give the visit&apos;s English name</source>
        <translation>必须提供访视的英文名称</translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="61"/>
        <source>must be rt_start or rt_end</source>
        <translation>必须是 rt_start 或 rt_end</translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="64"/>
        <source>must be a whole number of days</source>
        <translation>必须是整数天数</translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="72"/>
        <source>must be [days before (0 or less), days after (0 or more)]</source>
        <translation>必须是 [之前的天数（0 或更小）, 之后的天数（0 或更大）]</translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="80"/>
        <source>must be a whole number of days longer than the window, from rt_start</source>
        <translation>必须是比时间窗更长的整数天数，且从 rt_start 起算</translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="86"/>
        <location filename="../core/clinical/VisitSchedule.cpp" line="90"/>
        <source>must list labs or grade, each once</source>
        <translation>必须列出 labs 或 grade，每项仅一次</translation>
    </message>
</context>
<context>
    <name>json</name>
    <message>
        <location filename="../core/clinical/DoseJson.cpp" line="21"/>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <location filename="../core/clinical/DoseJson.cpp" line="31"/>
        <location filename="../core/clinical/JsonFields.cpp" line="96"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location filename="../core/clinical/DoseJson.cpp" line="31"/>
        <location filename="../core/clinical/DoseJson.cpp" line="39"/>
        <location filename="../core/clinical/DoseJson.cpp" line="41"/>
        <location filename="../core/clinical/DoseJson.cpp" line="45"/>
        <location filename="../core/clinical/DoseJson.cpp" line="78"/>
        <location filename="../core/clinical/DoseJson.cpp" line="104"/>
        <location filename="../core/clinical/GradingJson.cpp" line="58"/>
        <source>is required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../core/clinical/DoseJson.cpp" line="43"/>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../core/clinical/DoseJson.cpp" line="60"/>
        <source>must be an ISO weekday number from 1 (Monday) to 7 (Sunday)</source>
        <translation>必须是 ISO 星期编号，1（星期一）至 7（星期日）</translation>
    </message>
    <message>
        <location filename="../core/clinical/DoseJson.cpp" line="62"/>
        <source>repeats weekday %1</source>
        <translation>星期 %1 重复</translation>
    </message>
    <message>
        <location filename="../core/clinical/DoseJson.cpp" line="100"/>
        <source>must be an object with date, dose_gy and status</source>
        <translation>必须是包含 date、dose_gy 和 status 的对象</translation>
    </message>
    <message>
        <location filename="../core/clinical/DoseJson.cpp" line="113"/>
        <source>is required: delivered, missed or held</source>
        <translation>为必填项：delivered、missed 或 held</translation>
    </message>
    <message>
        <location filename="../core/clinical/GradingJson.cpp" line="28"/>
        <source>is required by this scale</source>
        <translation>为该量表的必填项</translation>
    </message>
    <message>
        <location filename="../core/clinical/GradingJson.cpp" line="63"/>
        <source>must be a whole number from 0 to %1</source>
        <translation>必须是 0 至 %1 的整数</translation>
    </message>
    <message>
        <location filename="../core/clinical/GradingJson.cpp" line="81"/>
        <source>unknown OMAS site; use %1</source>
        <translation>未知的 OMAS 部位；请使用 %1</translation>
    </message>
    <message>
        <location filename="../core/clinical/GradingJson.cpp" line="90"/>
        <source>must be an object with ulceration and erythema</source>
        <translation>必须是包含 ulceration 和 erythema 的对象</translation>
    </message>
    <message>
        <location filename="../core/clinical/GradingJson.cpp" line="111"/>
        <source>&quot;%1&quot; is not a scale; use who, ctcae, rtog or omas.</source>
        <translation>“%1”不是量表；请使用 who、ctcae、rtog 或 omas。</translation>
    </message>
    <message>
        <location filename="../core/common/StrictJson.cpp" line="79"/>
        <source>is given more than once</source>
        <translation>重复出现了多次</translation>
    </message>
    <message>
        <location filename="../core/common/StrictJson.cpp" line="95"/>
        <source>is not valid JSON: %1 at character %2</source>
        <translation>不是有效的 JSON：%1（第 %2 个字符处）</translation>
    </message>
    <message>
        <location filename="../core/common/StrictJson.cpp" line="97"/>
        <source>must be one JSON object</source>
        <translation>必须是一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/clinical/JsonFields.cpp" line="19"/>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <location filename="../core/clinical/JsonFields.cpp" line="29"/>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <location filename="../core/clinical/JsonFields.cpp" line="39"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../core/clinical/JsonFields.cpp" line="42"/>
        <source>is not a usable number</source>
        <translation>不是可用的数字</translation>
    </message>
    <message>
        <location filename="../core/clinical/JsonFields.cpp" line="52"/>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <location filename="../core/clinical/JsonFields.cpp" line="63"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <location filename="../core/clinical/JsonFields.cpp" line="71"/>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <location filename="../core/clinical/JsonFields.cpp" line="75"/>
        <source>&quot;%1&quot; is not a calendar date written YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日历日期</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="29"/>
        <source>Welcome to MucoTrack</source>
        <translation>欢迎使用 MucoTrack</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="30"/>
        <source>No site database is set up on this computer yet.</source>
        <translation>此计算机上尚未设置站点数据库。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="31"/>
        <source>Set up a new site, open an existing site database, or try the DEMO site with synthetic patients.</source>
        <translation>请设置新站点、打开已有的站点数据库，或试用含模拟患者的演示站点。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="32"/>
        <source>Set up a &amp;new site...</source>
        <translation>设置新站点(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="33"/>
        <source>&amp;Open a site database...</source>
        <translation>打开站点数据库(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="34"/>
        <source>Open the &amp;DEMO site</source>
        <translation>打开演示站点(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="44"/>
        <source>Open a site database</source>
        <translation>打开站点数据库</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="45"/>
        <source>MucoTrack site database (*.db)</source>
        <translation>MucoTrack 站点数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="92"/>
        <source>MucoTrack desktop app</source>
        <translation>MucoTrack 桌面应用</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="88"/>
        <source>Open the DEMO site (synthetic patients; created if needed).</source>
        <translation>打开演示站点（模拟患者；如需要则自动创建）。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="89"/>
        <source>Open the site database at &lt;path&gt;.</source>
        <translation>打开位于 &lt;path&gt; 的站点数据库。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="150"/>
        <location filename="../app/desktop/main.cpp" line="159"/>
        <source>MucoTrack</source>
        <translation>MucoTrack</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="157"/>
        <source>The site database %1 does not exist.</source>
        <translation>站点数据库 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>muco::AtomicFile</name>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="18"/>
        <source>%1 cannot be written (%2); the previous version is kept.</source>
        <translation>无法写入 %1（%2）；已保留原有版本。</translation>
    </message>
</context>
<context>
    <name>muco::Facts</name>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="30"/>
        <source>Histologically or cytologically confirmed head and neck malignancy</source>
        <translation>经组织学或细胞学确诊的头颈部恶性肿瘤</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="31"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="31"/>
        <source>years</source>
        <translation>岁</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="32"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="33"/>
        <source>Weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="34"/>
        <source>Radiotherapy intent</source>
        <translation>放疗目的</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="35"/>
        <source>Planned total dose</source>
        <translation>计划总剂量</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="36"/>
        <source>Fields include the oral cavity</source>
        <translation>照射野包括口腔</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="37"/>
        <source>Fields include the oropharynx</source>
        <translation>照射野包括口咽</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="38"/>
        <source>ECOG performance status</source>
        <translation>ECOG 体能状态</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="39"/>
        <source>Life expectancy</source>
        <translation>预期生存期</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="39"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="40"/>
        <source>WBC</source>
        <translation>白细胞</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="41"/>
        <source>Hemoglobin</source>
        <translation>血红蛋白</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="42"/>
        <source>Platelets</source>
        <translation>血小板</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="43"/>
        <source>ALT</source>
        <translation>丙氨酸氨基转移酶</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="44"/>
        <source>AST</source>
        <translation>天冬氨酸氨基转移酶</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="45"/>
        <source>Total bilirubin</source>
        <translation>总胆红素</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="46"/>
        <source>Creatinine</source>
        <translation>肌酐</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="47"/>
        <source>Creatinine clearance</source>
        <translation>肌酐清除率</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="48"/>
        <source>Clinically significant ECG abnormality</source>
        <translation>具有临床意义的心电图异常</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="49"/>
        <source>Oral mucosa intact</source>
        <translation>口腔黏膜完整</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="50"/>
        <source>Active oral infection</source>
        <translation>活动性口腔感染</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="51"/>
        <source>Severe periodontal disease</source>
        <translation>严重牙周疾病</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="52"/>
        <source>Informed consent signed</source>
        <translation>已签署知情同意书</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="53"/>
        <source>Previous head and neck radiotherapy</source>
        <translation>既往头颈部放疗</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="54"/>
        <source>Last head and neck surgery</source>
        <translation>最近一次头颈部手术</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="55"/>
        <source>In another clinical trial now</source>
        <translation>目前正在参加其他临床试验</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="56"/>
        <source>Last other interventional study</source>
        <translation>最近一次其他干预性研究</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="57"/>
        <source>Significant cardiovascular disease</source>
        <translation>严重心血管疾病</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="58"/>
        <source>Cirrhosis</source>
        <translation>肝硬化</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="59"/>
        <source>Chronic renal insufficiency</source>
        <translation>慢性肾功能不全</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="60"/>
        <source>Active systemic infection on antimicrobials</source>
        <translation>需抗菌治疗的活动性全身感染</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="61"/>
        <source>Autoimmune disease on immunosuppression</source>
        <translation>需免疫抑制治疗的自身免疫性疾病</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="62"/>
        <source>Severe psychiatric disorder</source>
        <translation>严重精神疾病</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="63"/>
        <source>Mucosal protectant or anti-inflammatory that cannot be stopped</source>
        <translation>无法停用的黏膜保护剂或抗炎药</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="64"/>
        <source>Long-term immunosuppressants</source>
        <translation>长期使用免疫抑制剂</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="65"/>
        <source>Long-term corticosteroid (prednisone equivalent)</source>
        <translation>长期使用糖皮质激素（泼尼松等效剂量）</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="65"/>
        <source>mg/day</source>
        <translation>mg/天</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="66"/>
        <source>Unable to comprehend or comply</source>
        <translation>无法理解或遵守研究要求</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="67"/>
        <source>Investigator judges unsuitable</source>
        <translation>研究者判断不适合</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="173"/>
        <source>radical</source>
        <translation>根治性</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="174"/>
        <source>palliative</source>
        <translation>姑息性</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="175"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="176"/>
        <source>female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>muco::Grading</name>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="132"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="133"/>
        <source>Oral soreness, erythema</source>
        <translation>口腔疼痛、红斑</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="134"/>
        <source>Oral erythema, ulcers, solid diet tolerated</source>
        <translation>口腔红斑、溃疡，可耐受固体饮食</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="135"/>
        <source>Oral ulcers, liquid diet only</source>
        <translation>口腔溃疡，仅能流质饮食</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="136"/>
        <source>Oral alimentation impossible</source>
        <translation>无法经口进食</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="138"/>
        <source>No mucositis</source>
        <translation>无黏膜炎</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="139"/>
        <source>Asymptomatic or mild symptoms; intervention not indicated</source>
        <translation>无症状或轻微症状；无需干预</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="140"/>
        <source>Moderate pain or ulcer that does not interfere with oral intake; modified diet indicated</source>
        <translation>中度疼痛或溃疡，不影响经口进食；需调整饮食</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="141"/>
        <source>Severe pain; interfering with oral intake</source>
        <translation>重度疼痛；影响经口进食</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="142"/>
        <source>Life-threatening consequences; urgent intervention indicated</source>
        <translation>危及生命；需紧急干预</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="143"/>
        <source>Death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="145"/>
        <source>No change over baseline</source>
        <translation>与基线相比无变化</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="146"/>
        <source>Irritation / may experience mild pain not requiring analgesic</source>
        <translation>刺激感/可有轻度疼痛，无需镇痛药</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="147"/>
        <source>Patchy mucositis that may produce an inflammatory serosanguinous discharge / may experience moderate pain requiring analgesia</source>
        <translation>斑片状黏膜炎，可有炎性浆液血性分泌物/可有中度疼痛，需镇痛</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="148"/>
        <source>Confluent fibrinous mucositis / may include severe pain requiring narcotic</source>
        <translation>融合性纤维素性黏膜炎/可有重度疼痛，需麻醉性镇痛药</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="149"/>
        <source>Ulceration, hemorrhage or necrosis</source>
        <translation>溃疡、出血或坏死</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="150"/>
        <source>Death directly related to radiation effects</source>
        <translation>直接由放射效应导致的死亡</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="174"/>
        <source>Upper lip</source>
        <translation>上唇</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="174"/>
        <source>Lower lip</source>
        <translation>下唇</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="175"/>
        <source>Right cheek</source>
        <translation>右颊</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="175"/>
        <source>Left cheek</source>
        <translation>左颊</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="176"/>
        <source>Right ventral and lateral tongue</source>
        <translation>右侧舌腹及舌侧缘</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="177"/>
        <source>Left ventral and lateral tongue</source>
        <translation>左侧舌腹及舌侧缘</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="178"/>
        <source>Floor of mouth</source>
        <translation>口底</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="178"/>
        <source>Soft palate/fauces</source>
        <translation>软腭/咽门</translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="179"/>
        <source>Hard palate</source>
        <translation>硬腭</translation>
    </message>
</context>
<context>
    <name>muco::Kdf</name>
    <message>
        <location filename="../core/security/Kdf.cpp" line="21"/>
        <source>A key slot has a malformed salt.</source>
        <translation>有一个密钥槽的盐值格式错误。</translation>
    </message>
    <message>
        <location filename="../core/security/Kdf.cpp" line="29"/>
        <source>Not enough memory to derive the key (Argon2id).</source>
        <translation>内存不足，无法派生密钥（Argon2id）。</translation>
    </message>
</context>
<context>
    <name>muco::Labs</name>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="61"/>
        <source>WBC</source>
        <translation>白细胞</translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="62"/>
        <source>Hemoglobin</source>
        <translation>血红蛋白</translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="63"/>
        <source>Platelets</source>
        <translation>血小板</translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="64"/>
        <source>Neutrophils</source>
        <translation>中性粒细胞</translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="65"/>
        <source>ALT</source>
        <translation>丙氨酸氨基转移酶</translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="66"/>
        <source>AST</source>
        <translation>天冬氨酸氨基转移酶</translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="67"/>
        <source>Total bilirubin</source>
        <translation>总胆红素</translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="68"/>
        <source>Creatinine</source>
        <translation>肌酐</translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="69"/>
        <source>Creatinine clearance</source>
        <translation>肌酐清除率</translation>
    </message>
</context>
<context>
    <name>muco::Migrations</name>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="289"/>
        <source>The schema version of %1 cannot be read.</source>
        <translation>无法读取 %1 的架构版本。</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="291"/>
        <source>%1 was written by a newer MucoTrack (schema %2, this program knows %3); update MucoTrack.</source>
        <translation>%1 由较新版本的 MucoTrack 写入（架构 %2，本程序仅支持 %3）；请更新 MucoTrack。</translation>
    </message>
</context>
<context>
    <name>muco::Session</name>
    <message>
        <location filename="../core/security/Session.cpp" line="21"/>
        <source>This is a monitor&apos;s device: nobody may %1 here.</source>
        <translation>这是监查员的设备：此处任何人都不能%1。</translation>
    </message>
    <message>
        <location filename="../core/security/Session.cpp" line="22"/>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <location filename="../core/security/Session.cpp" line="32"/>
        <source>The key file has been altered; ask the administrator.</source>
        <translation>密钥文件已被修改；请联系管理员。</translation>
    </message>
    <message>
        <location filename="../core/security/Session.cpp" line="35"/>
        <source>Your key slot is missing; ask the administrator.</source>
        <translation>您的密钥槽缺失；请联系管理员。</translation>
    </message>
    <message>
        <location filename="../core/security/Session.cpp" line="39"/>
        <source>the password is wrong</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../core/security/Session.cpp" line="45"/>
        <source>Your password was reset since you signed in; sign in again to sign.</source>
        <translation>您登录后密码已被重置；请重新登录后再签名。</translation>
    </message>
    <message>
        <location filename="../core/security/Session.cpp" line="85"/>
        <source>The device&apos;s scope is set by its enrolment with the central site only.</source>
        <translation>设备的权限范围只能由其在中心站点的注册确定。</translation>
    </message>
</context>
<context>
    <name>muco::SyncClient</name>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="327"/>
        <source>The central site holds no key of yours it can check this device&apos;s audit trail against, so the trail was not anchored there: history rewritten on this device would not be noticed. An administrator enrols this device again (sync enroll).</source>
        <translation>中心站点没有可用于核验本设备审计追踪的您的密钥，因此该追踪未在中心站点锚定：本设备上被改写的历史将不会被发现。请管理员重新登记本设备（sync enroll）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/SyncClient.cpp" line="386"/>
        <source>The central site did not take %n key certificate(s) from this device, so signatures made with those keys will be refused there. An administrator enrols this device again (sync enroll).</source>
        <translation>
            <numerusform>中央站点未接受此设备的 %n 份密钥证书，用这些密钥所作的签名将在那里被拒绝。请由管理员重新注册此设备（sync enroll）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>muco::json</name>
    <message>
        <location filename="../core/clinical/EligibilityJson.cpp" line="40"/>
        <source>must be an object with value and unit</source>
        <translation>必须是包含 value 和 unit 的对象</translation>
    </message>
    <message>
        <location filename="../core/clinical/EligibilityJson.cpp" line="47"/>
        <location filename="../core/clinical/EligibilityJson.cpp" line="49"/>
        <source>is required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>muco::ui::AccountListModel</name>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="38"/>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="38"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="50"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="51"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="52"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="53"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>muco::ui::AccountsDialog</name>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="29"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="40"/>
        <source>Choose a role...</source>
        <translation>选择角色...</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="54"/>
        <source>Add an account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="56"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="57"/>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="58"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="59"/>
        <source>Initial &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="60"/>
        <source>&amp;Add account</source>
        <translation>添加账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="67"/>
        <source>Reset pass&amp;word...</source>
        <translation>重置密码(&amp;W)...</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="70"/>
        <source>Change r&amp;ole</source>
        <translation>更改角色(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="75"/>
        <source>&amp;Deactivate...</source>
        <translation>停用(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="77"/>
        <source>Staff who leave: the account is kept, with everything it did, but can no longer sign in</source>
        <translation>用于离职人员：账户及其全部操作记录予以保留，但不能再登录</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="81"/>
        <source>Selected account:</source>
        <translation>所选账户：</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="159"/>
        <source>Role of %1: %2</source>
        <translation>%1 的角色：%2</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="162"/>
        <source>%1 is now: %2.</source>
        <translation>%1 现在的角色：%2。</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="170"/>
        <source>Deactivate the account %1 (it is kept, but can no longer sign in)</source>
        <translation>停用账户 %1（账户保留，但不能再登录）</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="176"/>
        <source>The account %1 was deactivated. This device&apos;s sync token is replaced at its next sync.</source>
        <translation>账户 %1 已停用。本设备的同步令牌将在下次同步时更换。</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="177"/>
        <source>The account %1 was deactivated.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="184"/>
        <source>choose the new account&apos;s role</source>
        <translation>请选择新账户的角色</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="125"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="126"/>
        <source>New password for %1 (10 characters or more; tell it to them in person):</source>
        <translation>%1 的新密码（至少 10 个字符；请当面告知本人）：</translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="133"/>
        <source>The password of %1 was reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
</context>
<context>
    <name>muco::ui::AddPatientDialog</name>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="19"/>
        <source>New patient</source>
        <translation>新建患者</translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="27"/>
        <source>Allocated automatically (%1-NNNN)</source>
        <translation>自动分配（%1-四位编号）</translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="28"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 1962-02-28</translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="30"/>
        <source>Choose...</source>
        <translation>请选择...</translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="31"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="32"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="38"/>
        <source>&amp;Subject ID:</source>
        <translation>受试者编号(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="39"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="40"/>
        <source>&amp;Medical record number:</source>
        <translation>病历号(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="41"/>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="42"/>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="43"/>
        <source>S&amp;ex:</source>
        <translation>性别(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="45"/>
        <source>Name, record number and phone stay at this site. The central site only ever sees the subject ID.</source>
        <translation>姓名、病历号和电话仅保存在本站点；中心站点只能看到受试者编号。</translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="58"/>
        <source>Required: name or medical record number, birth date and sex.</source>
        <translation>必填：姓名或病历号、出生日期和性别。</translation>
    </message>
</context>
<context>
    <name>muco::ui::AdverseEventListModel</name>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="76"/>
        <source>This event has a data query that is not closed: see the Queries tab.</source>
        <translation>此事件有尚未关闭的数据质疑：请查看“质疑”标签页。</translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="78"/>
        <source>CTCAE v%1, MedDRA %2</source>
        <translation>CTCAE v%1，MedDRA %2</translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="83"/>
        <source>Draft: confirm</source>
        <translation>草稿：待确认</translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="83"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="86"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="89"/>
        <source>ongoing</source>
        <translation>持续中</translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="90"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="90"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="104"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="105"/>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="106"/>
        <source>Grade</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="107"/>
        <source>Onset</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="108"/>
        <source>Resolved</source>
        <translation>缓解日期</translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="109"/>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="110"/>
        <source>Relation</source>
        <translation>相关性</translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="111"/>
        <source>Outcome</source>
        <translation>转归</translation>
    </message>
</context>
<context>
    <name>muco::ui::AdverseEventsTab</name>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="50"/>
        <source>Resolved on</source>
        <translation>已缓解于</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="50"/>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="52"/>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="198"/>
        <source>&amp;Save event</source>
        <translation>保存事件(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="78"/>
        <source>Type part of a CTCAE v5.0 term, e.g. mucositis</source>
        <translation>输入 CTCAE v5.0 术语的一部分，如 Mucositis oral</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="90"/>
        <source>Describe the event in your words</source>
        <translation>请用文字描述该事件</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="119"/>
        <source>Relation to stud&amp;y drug:</source>
        <translation>与研究药物的相关性(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="120"/>
        <source>Action ta&amp;ken:</source>
        <translation>采取的措施(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="109"/>
        <source>Adverse event</source>
        <translation>不良事件</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="77"/>
        <source>CTCAE v5.0 term, e.g. mucositis</source>
        <translation>CTCAE 术语的一部分</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="89"/>
        <source>The event in your words</source>
        <translation>用文字描述该事件</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="103"/>
        <source>enter the date</source>
        <translation>输入日期</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="112"/>
        <source>&amp;Term:</source>
        <translation>术语(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="113"/>
        <source>S&amp;pecify:</source>
        <translation>具体说明(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="114"/>
        <source>&amp;Grade (CTCAE):</source>
        <translation>分级（CTCAE）(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="116"/>
        <source>&amp;Onset:</source>
        <translation>发生日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="117"/>
        <source>Resolution:</source>
        <translation>缓解：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="121"/>
        <source>O&amp;utcome:</source>
        <translation>转归(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="125"/>
        <source>&amp;New event</source>
        <translation>新事件(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="150"/>
        <source>No adverse events recorded for this patient. A signed oral mucositis grade of 3 or more drafts one here for the investigator to confirm.</source>
        <translation>该患者尚无不良事件记录。已签名的口腔黏膜炎分级达到 3 级或以上时，会在此生成一条草稿，供研究者确认。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="151"/>
        <source>The adverse events could not be read: %1</source>
        <translation>无法读取不良事件：%1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="173"/>
        <source>Not a CTCAE v5.0 term yet: choose one from the list.</source>
        <translation>尚不是 CTCAE v5.0 术语：请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="177"/>
        <source>CTCAE v5.0 has no grade %1 for this term.</source>
        <translation>CTCAE v5.0 中该术语没有 %1 级。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="178"/>
        <source>MedDRA %1 · grade %2: %3</source>
        <translation>MedDRA %1 · %2 级：%3</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="230"/>
        <source>&amp;Confirm event</source>
        <translation>确认事件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="230"/>
        <source>&amp;Save changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="250"/>
        <source>enter the date it resolved</source>
        <translation>请输入缓解日期</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="266"/>
        <source>A recorded adverse event is being changed.</source>
        <translation>正在修改已记录的不良事件。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="289"/>
        <source>The adverse event</source>
        <translation>不良事件</translation>
    </message>
</context>
<context>
    <name>muco::ui::AuditTrailDialog</name>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="42"/>
        <source>&amp;Export CSV...</source>
        <translation>导出 CSV(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="45"/>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="211"/>
        <source>Audit trail</source>
        <translation>稽查轨迹</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="54"/>
        <source>Values, reasons, record IDs</source>
        <translation>数值、原因、记录编号</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="62"/>
        <source>All patients</source>
        <translation>所有患者</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="69"/>
        <source>All records</source>
        <translation>所有记录</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="72"/>
        <source>All users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="101"/>
        <source>&amp;Patient:</source>
        <translation>患者(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="102"/>
        <source>&amp;Record:</source>
        <translation>记录(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="103"/>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="104"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="105"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="118"/>
        <source>Export the audit trail</source>
        <translation>导出稽查轨迹</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="120"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="159"/>
        <source>All fields</source>
        <translation>所有字段</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="173"/>
        <source>The audit trail could not be checked: %1</source>
        <translation>无法检查稽查轨迹：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="178"/>
        <source>The audit trail is intact: %1 rows, each chained to the one before; %2 signed by their author.</source>
        <translation>稽查轨迹完整：共 %1 行，每行均与前一行链接；其中 %2 行由其作者签名。</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="182"/>
        <source>The audit trail is BROKEN at row %1: %2. Rows from there on cannot be trusted; tell the trial&apos;s data manager.</source>
        <translation>稽查轨迹在第 %1 行处已损坏：%2。自该行起的记录不可信；请通知试验的数据管理员。</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="198"/>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="211"/>
        <source>The file was not written: %1</source>
        <translation>文件未写入：%1</translation>
    </message>
</context>
<context>
    <name>muco::ui::AuditTrailModel</name>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="14"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="15"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="16"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="17"/>
        <source>Received by sync</source>
        <translation>经同步接收</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="18"/>
        <source>Changed by sync</source>
        <translation>经同步修改</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="19"/>
        <source>Sync conflict resolved</source>
        <translation>已解决同步冲突</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="20"/>
        <source>Unapplied change dismissed</source>
        <translation>已忽略未应用的修改</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="21"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="22"/>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="23"/>
        <source>Password changed</source>
        <translation>密码已更改</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="24"/>
        <source>Password reset</source>
        <translation>密码已重置</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="25"/>
        <source>Account deactivated</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="26"/>
        <source>Signing key registered</source>
        <translation>签名密钥已登记</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="27"/>
        <source>Site created</source>
        <translation>站点已创建</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="28"/>
        <source>Device enrolled</source>
        <translation>设备已注册</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="29"/>
        <source>Sync token encrypted</source>
        <translation>同步令牌已加密</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="30"/>
        <source>Sync token replaced</source>
        <translation>同步令牌已更换</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="31"/>
        <source>Backup created</source>
        <translation>已创建备份</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="32"/>
        <source>Randomization reserve received</source>
        <translation>已接收随机化储备</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="33"/>
        <source>Randomization reserve entry opened</source>
        <translation>已开启随机化储备条目</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="71"/>
        <source>%1 %2</source>
        <comment>record kind, its date</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="74"/>
        <source>fraction %1</source>
        <translation>第 %1 次分次</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="75"/>
        <source>%1, %2</source>
        <comment>record kind and date, which dose or fraction</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="89"/>
        <source>Signed by its author</source>
        <translation>已由作者签名</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="89"/>
        <source>Not signed (written before this account had a signing key)</source>
        <translation>未签名（写入时该账户尚无签名密钥）</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="112"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="113"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="114"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="115"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="116"/>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="117"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="118"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="119"/>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="120"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="121"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>muco::ui::BackupDialog</name>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="22"/>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="24"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="27"/>
        <source>&amp;Choose...</source>
        <translation>选择(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="32"/>
        <source> backup(s)</source>
        <translation> 份备份</translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="34"/>
        <source> day(s)</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="35"/>
        <source>only on demand</source>
        <translation>仅手动</translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="44"/>
        <source>Back up &amp;to:</source>
        <translation>备份到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="47"/>
        <source>&amp;Keep the newest:</source>
        <translation>保留最新的(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="48"/>
        <source>Back up &amp;every:</source>
        <translation>备份间隔(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="52"/>
        <source>The patients&apos; identities exist only at this site: a backup on another disk is the only copy if this computer is lost. Backups are encrypted; the recovery key opens them.</source>
        <translation>患者身份信息只保存在本站点：若这台电脑丢失，另一块磁盘上的备份就是唯一的副本。备份已加密，可用恢复密钥打开。</translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="63"/>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="73"/>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="98"/>
        <source>Backups go to a folder beside the database until you choose another: that protects against a damaged file, not against a lost computer. Choose a folder on another disk.</source>
        <translation>在您选择其他文件夹之前，备份保存在数据库旁的文件夹中：这只能防止文件损坏，不能防止电脑丢失。请选择另一块磁盘上的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="103"/>
        <source>Last backup: %1.</source>
        <translation>上次备份：%1。</translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="104"/>
        <source>No backup has been taken on this computer yet.</source>
        <translation>这台电脑上尚未进行过备份。</translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="106"/>
        <source>The last scheduled backup failed: %1</source>
        <translation>上次定时备份失败：%1</translation>
    </message>
</context>
<context>
    <name>muco::ui::BackupTimer</name>
    <message>
        <location filename="../ui/BackupTimer.cpp" line="32"/>
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/BackupTimer.cpp" line="34"/>
        <source>The scheduled backup failed: %1 (Administration &gt; Backups)</source>
        <translation>定时备份失败：%1（管理 &gt; 备份）</translation>
    </message>
</context>
<context>
    <name>muco::ui::CodeLabels</name>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="17"/>
        <source>Unrelated</source>
        <translation>无关</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="18"/>
        <source>Unlikely</source>
        <translation>可能无关</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="19"/>
        <source>Possible</source>
        <translation>可能有关</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="20"/>
        <source>Probable</source>
        <translation>很可能有关</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="21"/>
        <source>Definite</source>
        <translation>肯定有关</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="24"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="25"/>
        <source>Dose reduced</source>
        <translation>减量</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="26"/>
        <source>Interrupted</source>
        <translation>暂停用药</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="27"/>
        <source>Withdrawn</source>
        <translation>停药</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="30"/>
        <source>Recovering</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="31"/>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="32"/>
        <source>Recovered with sequelae</source>
        <translation>已恢复但有后遗症</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="33"/>
        <source>Not recovered</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="34"/>
        <source>Fatal</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="35"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="38"/>
        <source>eligible</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="39"/>
        <source>screen failure</source>
        <translation>筛选失败</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="40"/>
        <source>incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="43"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="44"/>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="45"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="46"/>
        <source>Superseded by a correction</source>
        <translation>已被更正取代</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="49"/>
        <location filename="../ui/CodeLabels.cpp" line="152"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="50"/>
        <source>Patient identity</source>
        <translation>患者身份信息</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="51"/>
        <source>Screening</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="52"/>
        <source>Mucositis grading</source>
        <translation>黏膜炎分级</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="53"/>
        <source>Radiotherapy plan</source>
        <translation>放疗计划</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="54"/>
        <source>Radiotherapy fraction</source>
        <translation>放疗分次</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="55"/>
        <source>Lab result</source>
        <translation>检验结果</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="56"/>
        <source>Study drug dose</source>
        <translation>研究药物给药</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="57"/>
        <source>Adverse event</source>
        <translation>不良事件</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="58"/>
        <source>Randomization</source>
        <translation>随机化</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="59"/>
        <location filename="../ui/CodeLabels.cpp" line="153"/>
        <source>Data query</source>
        <translation>数据质疑</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="60"/>
        <source>Data query step</source>
        <translation>数据质疑步骤</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="61"/>
        <source>Source verification mark</source>
        <translation>源数据核查标记</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="62"/>
        <source>User account</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="65"/>
        <source>Whole record</source>
        <translation>整条记录</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="66"/>
        <source>Year of birth</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="67"/>
        <source>Registered at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="68"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="69"/>
        <source>Examination findings</source>
        <translation>检查所见</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="70"/>
        <source>OMAS erythema total</source>
        <translation>OMAS 红斑总分</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="71"/>
        <source>OMAS sites scored</source>
        <translation>OMAS 已评分部位数</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="72"/>
        <source>OMAS ulceration total</source>
        <translation>OMAS 溃疡总分</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="73"/>
        <source>Allocation number</source>
        <translation>分配序号</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="74"/>
        <source>Electronic signature</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="75"/>
        <source>Graded at visit</source>
        <translation>分级所在访视</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="76"/>
        <source>Subject number</source>
        <translation>受试者编号</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="77"/>
        <source>Corrects</source>
        <translation>更正的记录</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="78"/>
        <source>Warnings</source>
        <translation>警示</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="79"/>
        <source>Action taken</source>
        <translation>采取的措施</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="80"/>
        <source>α/β (Gy)</source>
        <translation>α/β (Gy)</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="81"/>
        <location filename="../ui/CodeLabels.cpp" line="95"/>
        <source>Collected</source>
        <translation>采样时间</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="82"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="83"/>
        <source>Radiotherapy intent</source>
        <translation>放疗目的</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="84"/>
        <source>Lower limit</source>
        <translation>正常值下限</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="85"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="86"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="87"/>
        <source>Site code</source>
        <translation>站点代码</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="88"/>
        <location filename="../ui/CodeLabels.cpp" line="143"/>
        <source>Treatment days</source>
        <translation>治疗日</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="89"/>
        <source>Upper limit</source>
        <translation>正常值上限</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="90"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="91"/>
        <source>Test</source>
        <translation>检验项目</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="92"/>
        <source>Assessment date</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="93"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="94"/>
        <source>Chemotherapy agent</source>
        <translation>化疗药物</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="96"/>
        <source>Concurrent chemotherapy</source>
        <translation>同步化疗</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="97"/>
        <source>Reason for correction</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="98"/>
        <source>CTCAE grade</source>
        <translation>CTCAE 分级</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="99"/>
        <source>Cumulative dose (Gy)</source>
        <translation>累积剂量 (Gy)</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="100"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="101"/>
        <source>Dose (Gy)</source>
        <translation>剂量 (Gy)</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="102"/>
        <source>Dose per fraction (Gy)</source>
        <translation>单次剂量 (Gy)</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="103"/>
        <source>Findings</source>
        <translation>检查所见</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="104"/>
        <source>Fraction</source>
        <translation>分次</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="105"/>
        <source>Fractions</source>
        <translation>分次数</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="106"/>
        <source>Grade</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="107"/>
        <source>Screening answers</source>
        <translation>筛选答案</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="108"/>
        <source>Medical record number</source>
        <translation>病历号</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="109"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="110"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="111"/>
        <source>OMAS mean</source>
        <translation>OMAS 平均分</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="112"/>
        <source>OMAS total</source>
        <translation>OMAS 总分</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="113"/>
        <source>Onset date</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="114"/>
        <source>Outcome</source>
        <translation>转归</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="115"/>
        <source>Panel</source>
        <translation>检验组</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="116"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="117"/>
        <source>PRO interference</source>
        <translation>PRO 干扰程度</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="118"/>
        <source>PRO severity</source>
        <translation>PRO 严重程度</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="119"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="120"/>
        <source>Relation to study drug</source>
        <translation>与研究药物的相关性</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="121"/>
        <source>Resolution date</source>
        <translation>缓解日期</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="122"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="123"/>
        <source>RTOG grade</source>
        <translation>RTOG 分级</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="124"/>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="125"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="126"/>
        <source>SI value</source>
        <translation>国际单位值</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="127"/>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="128"/>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="129"/>
        <source>Dose</source>
        <translation>剂次</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="130"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="131"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="132"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="133"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="134"/>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="135"/>
        <source>Taken</source>
        <translation>已用药</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="136"/>
        <source>Technique</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="137"/>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="138"/>
        <source>Total dose (Gy)</source>
        <translation>总剂量 (Gy)</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="139"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="140"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="141"/>
        <source>Visit date</source>
        <translation>访视日期</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="142"/>
        <source>Volume (mL)</source>
        <translation>体积 (mL)</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="144"/>
        <source>WHO grade</source>
        <translation>WHO 分级</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="145"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="146"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="147"/>
        <source>Author&apos;s role</source>
        <translation>作者角色</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="148"/>
        <source>Corrected value</source>
        <translation>更正后的数值</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="149"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="150"/>
        <source>Fingerprint of the values</source>
        <translation>数值指纹</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="151"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="154"/>
        <source>Raised by</source>
        <translation>发起人</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="155"/>
        <source>Raised at</source>
        <translation>发起时间</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="156"/>
        <source>Meaning of the signature</source>
        <translation>签名含义</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="157"/>
        <source>Step number</source>
        <translation>步骤序号</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="158"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="159"/>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="160"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="161"/>
        <source>Value when raised</source>
        <translation>发起时的数值</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="162"/>
        <source>Verified by</source>
        <translation>核查人</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="163"/>
        <source>Verified at</source>
        <translation>核查时间</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="164"/>
        <source>Allocated at</source>
        <translation>分配时间</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="165"/>
        <source>Arm</source>
        <translation>组别</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="166"/>
        <source>CTCAE version</source>
        <translation>CTCAE 版本</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="167"/>
        <source>MedDRA code</source>
        <translation>MedDRA 编码</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="168"/>
        <source>Oral cavity in the field</source>
        <translation>照射野包括口腔</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="169"/>
        <source>Oropharynx in the field</source>
        <translation>照射野包括口咽</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="170"/>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="171"/>
        <source>Reason for status</source>
        <translation>状态原因</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="172"/>
        <source>Stratum</source>
        <translation>分层</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="173"/>
        <source>Term specified</source>
        <translation>术语说明</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="176"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="177"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="180"/>
        <source>raised</source>
        <translation>已发起</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="181"/>
        <source>answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="182"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="183"/>
        <source>re-opened</source>
        <translation>重新开放</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="187"/>
        <source>Experimental (exosome spray)</source>
        <translation>试验组（外泌体喷雾剂）</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="188"/>
        <source>Control (no intervention)</source>
        <translation>对照组（不干预）</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="191"/>
        <source>Central site</source>
        <translation>中心站点</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="192"/>
        <source>Sealed reserve</source>
        <translation>密封储备</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="193"/>
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="194"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="197"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="198"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="201"/>
        <source>Delivered</source>
        <translation>已执行</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="202"/>
        <source>Missed</source>
        <translation>漏照</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="203"/>
        <source>Held</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="206"/>
        <source>After breakfast</source>
        <translation>早餐后</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="207"/>
        <source>After lunch</source>
        <translation>午餐后</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="208"/>
        <source>After dinner</source>
        <translation>晚餐后</translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="285"/>
        <source>%1: %2</source>
        <comment>field label: why</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>muco::ui::ConflictListModel</name>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="20"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="22"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="22"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="54"/>
        <source>(unknown record)</source>
        <translation>（未知记录）</translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="60"/>
        <source>%1, %2</source>
        <comment>who, when</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="71"/>
        <source>Subject ID</source>
        <translation>受试者编号</translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="72"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="73"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="74"/>
        <source>This device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="75"/>
        <source>Central site</source>
        <translation>中心站点</translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="76"/>
        <source>Changed here by</source>
        <translation>本地修改人</translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="77"/>
        <source>Central change seen</source>
        <translation>发现中心修改的时间</translation>
    </message>
</context>
<context>
    <name>muco::ui::ConflictsDialog</name>
    <message>
        <location filename="../ui/admin/ConflictsDialog.cpp" line="21"/>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../ui/admin/ConflictsDialog.cpp" line="28"/>
        <source>Keep &amp;this device&apos;s value</source>
        <translation>保留本设备的值(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/admin/ConflictsDialog.cpp" line="29"/>
        <source>Take the &amp;central value</source>
        <translation>采用中心站点的值(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/admin/ConflictsDialog.cpp" line="57"/>
        <source>The conflicts could not be read: %1</source>
        <translation>无法读取同步冲突：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/ConflictsDialog.cpp" line="59"/>
        <source>No sync conflicts to resolve.</source>
        <translation>没有需要解决的同步冲突。</translation>
    </message>
    <message>
        <location filename="../ui/admin/ConflictsDialog.cpp" line="61"/>
        <source>The same field was changed on this device and elsewhere before they synchronised. Nothing was overwritten; choose the right value.</source>
        <translation>同步之前，本设备和其他地方都修改了同一字段。没有任何数据被覆盖；请选择正确的值。</translation>
    </message>
    <message>
        <location filename="../ui/admin/ConflictsDialog.cpp" line="78"/>
        <source>A sync conflict is being resolved.</source>
        <translation>正在解决一个同步冲突。</translation>
    </message>
    <message>
        <location filename="../ui/admin/ConflictsDialog.cpp" line="83"/>
        <source>Not resolved</source>
        <translation>未解决</translation>
    </message>
</context>
<context>
    <name>muco::ui::DrugDiaryModel</name>
    <message>
        <location filename="../ui/models/DrugDiaryModel.cpp" line="46"/>
        <source>Not taken</source>
        <translation>未用药</translation>
    </message>
    <message>
        <location filename="../ui/models/DrugDiaryModel.cpp" line="49"/>
        <source>Taken</source>
        <translation>已用药</translation>
    </message>
    <message>
        <location filename="../ui/models/DrugDiaryModel.cpp" line="50"/>
        <source>Recorded as not taken</source>
        <translation>已记录为未用药</translation>
    </message>
    <message>
        <location filename="../ui/models/DrugDiaryModel.cpp" line="51"/>
        <source>Not documented yet</source>
        <translation>尚未记录</translation>
    </message>
</context>
<context>
    <name>muco::ui::EligibilityChecklistModel</name>
    <message>
        <location filename="../ui/models/EligibilityChecklistModel.cpp" line="43"/>
        <source>pass</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../ui/models/EligibilityChecklistModel.cpp" line="43"/>
        <source>FAIL</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../ui/models/EligibilityChecklistModel.cpp" line="43"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../ui/models/EligibilityChecklistModel.cpp" line="69"/>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../ui/models/EligibilityChecklistModel.cpp" line="70"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/models/EligibilityChecklistModel.cpp" line="71"/>
        <source>Values used</source>
        <translation>所用数值</translation>
    </message>
</context>
<context>
    <name>muco::ui::EndpointExclusionModel</name>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="91"/>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="92"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>muco::ui::EndpointResultModel</name>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="15"/>
        <source>%1 (%2 to %3)</source>
        <comment>an estimate and its 95% confidence interval</comment>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="37"/>
        <source> (primary)</source>
        <translation>（主要）</translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="42"/>
        <location filename="../ui/models/EndpointResultModels.cpp" line="45"/>
        <location filename="../ui/models/EndpointResultModels.cpp" line="46"/>
        <location filename="../ui/models/EndpointResultModels.cpp" line="47"/>
        <source>not estimable</source>
        <translation>无法估计</translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="57"/>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="58"/>
        <source>Experimental</source>
        <translation>试验组</translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="59"/>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="60"/>
        <source>Risk difference (95% CI)</source>
        <translation>风险差（95% CI）</translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="61"/>
        <source>Relative risk (95% CI)</source>
        <translation>相对危险度（95% CI）</translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="62"/>
        <source>Fisher p</source>
        <translation>Fisher p 值</translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="63"/>
        <source>CMH p</source>
        <translation>CMH p 值</translation>
    </message>
</context>
<context>
    <name>muco::ui::FractionLogModel</name>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="65"/>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="67"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="67"/>
        <source>Entered</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="79"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="80"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="81"/>
        <source>Dose (Gy)</source>
        <translation>剂量 (Gy)</translation>
    </message>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="82"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="83"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="84"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>muco::ui::GradingWizard</name>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="38"/>
        <source>%1: grade %2</source>
        <translation>%1：%2 级</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="76"/>
        <source>&amp;Save and sign</source>
        <translation>保存并签名(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="76"/>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="118"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="119"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="118"/>
        <source>Mild</source>
        <translation>轻度</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="118"/>
        <source>Moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="118"/>
        <source>Severe</source>
        <translation>重度</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="117"/>
        <source>Liquid diet only</source>
        <translation>仅能流质饮食</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="120"/>
        <source>Life-threatening consequences</source>
        <translation>危及生命</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="121"/>
        <source>Urgent intervention indicated</source>
        <translation>需紧急干预</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="122"/>
        <source>Death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="129"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="407"/>
        <source>Visit &amp;date:</source>
        <translation>访视日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="131"/>
        <source>Mucosa:</source>
        <translation>黏膜：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="136"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="413"/>
        <source>&amp;Pain:</source>
        <translation>疼痛(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="137"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="414"/>
        <source>&amp;Analgesia:</source>
        <translation>镇痛(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="138"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="419"/>
        <source>Severe signs:</source>
        <translation>严重体征：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="154"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="429"/>
        <source>OMAS sites</source>
        <translation>OMAS 部位</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="96"/>
        <source>Examination</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="53"/>
        <source>Grade oral mucositis: %1</source>
        <translation>口腔黏膜炎分级：%1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="97"/>
        <source>Record what you see and what the patient reports, once; every scale is derived from it. Ulceration is scored at the OMAS sites on the next page.</source>
        <translation>记录一次您所见及患者所述；各量表均由此推导。溃疡在下一页按 OMAS 部位评分。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="113"/>
        <source>&amp;Soreness reported</source>
        <translation>患者诉疼痛(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="114"/>
        <source>&amp;Erythema seen</source>
        <translation>可见红斑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="115"/>
        <source>No pseudomembranes</source>
        <translation>无假膜</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="115"/>
        <source>Erythematous</source>
        <translation>红斑样</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="115"/>
        <source>Patchy pseudomembranes</source>
        <translation>斑片状假膜</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="115"/>
        <source>Confluent (fibrinous) pseudomembranes</source>
        <translation>融合性（纤维素性）假膜</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="116"/>
        <source>Deep ulceration, hemorrhage or necrosis</source>
        <translation>深溃疡、出血或坏死</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="117"/>
        <source>Normal solid diet</source>
        <translation>正常固体饮食</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="117"/>
        <source>Soft or modified diet</source>
        <translation>软食或调整饮食</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="117"/>
        <source>Nothing by mouth</source>
        <translation>无法经口进食</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="119"/>
        <source>Non-opioid</source>
        <translation>非阿片类</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="119"/>
        <source>Opioid</source>
        <translation>阿片类</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="133"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="410"/>
        <source>Appea&amp;rance:</source>
        <translation>黏膜表现(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="135"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="412"/>
        <source>D&amp;iet tolerated:</source>
        <translation>可耐受饮食(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="155"/>
        <source>All nine sites are examined and score 0 until you enter a score. Ulceration/pseudomembrane: 0 none, 1 &lt; 1 cm², 2 1-3 cm², 3 &gt; 3 cm². Erythema: 0 none, 1 not severe, 2 severe. Tick &quot;Not assessable&quot; only for a site you could not examine.</source>
        <translation>九个部位均须检查，未输入评分时记为 0。溃疡/假膜：0 无，1 &lt; 1 cm²，2 1-3 cm²，3 &gt; 3 cm²。红斑：0 无，1 非重度，2 重度。仅对无法检查的部位勾选“无法评估”。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="157"/>
        <source>&lt;b&gt;Site&lt;/b&gt;</source>
        <translation>&lt;b&gt;部位&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="158"/>
        <source>&lt;b&gt;Ulceration&lt;/b&gt;</source>
        <translation>&lt;b&gt;溃疡&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="159"/>
        <source>&lt;b&gt;Erythema&lt;/b&gt;</source>
        <translation>&lt;b&gt;红斑&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="160"/>
        <source>&lt;b&gt;Not assessable&lt;/b&gt;</source>
        <translation>&lt;b&gt;无法评估&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="172"/>
        <source>%1 not assessable</source>
        <translation>%1 无法评估</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="194"/>
        <source>Patient-reported (PRO-CTCAE)</source>
        <translation>患者报告（PRO-CTCAE）</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="195"/>
        <source>Ask the patient and record the patient&apos;s own answer: the digit of the answer (0 for the first) answers and moves on.</source>
        <translation>请询问患者并记录患者本人的回答：按答案对应的数字键（第一项为 0）即作答并进入下一题。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="197"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="199"/>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="224"/>
        <source>Review and sign</source>
        <translation>核对并签名</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="232"/>
        <source>&lt;b&gt;Meaning of the signature:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;签名含义：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="235"/>
        <source>Your &amp;password:</source>
        <translation>您的密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="243"/>
        <source>You may record the findings; an investigator signs them.</source>
        <translation>您可以记录检查所见；需由研究者签名。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="289"/>
        <source>Correct a signed assessment: %1</source>
        <translation>更正已签名的评估：%1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="294"/>
        <source>&lt;p style=&apos;background:#fff3cd; color:#000; padding:4px&apos;&gt;&lt;b&gt;Replaces the signed grades of %1:&lt;/b&gt; %2 %3, %4 %5, %6 %7&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;background:#fff3cd; color:#000; padding:4px&apos;&gt;&lt;b&gt;替代 %1 已签名的分级：&lt;/b&gt;%2 %3 级，%4 %5 级，%6 %7 级&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="405"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="405"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="406"/>
        <source>&lt;h3&gt;Findings&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;检查所见&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="419"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="427"/>
        <source>%1 (ulceration %2, erythema %3)</source>
        <translation>%1（溃疡 %2，红斑 %3）</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="429"/>
        <source>every site examined scored 0</source>
        <translation>所有已检查部位均为 0 分</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="431"/>
        <source>Not assessable</source>
        <translation>无法评估</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="336"/>
        <source>Started from the visit of %1: check each finding and change what differs today.</source>
        <translation>已以 %1 的访视为起点：请逐项核对检查所见，并修改今天有变化的项目。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="372"/>
        <source>&lt;p&gt;&lt;small&gt;Primary endpoint scale (%1)&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;主要终点量表（%1）&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="373"/>
        <source>&lt;p&gt;&lt;small&gt;Secondary&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;次要&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="375"/>
        <source>&lt;h3&gt;Derived grades&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;推导分级&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="380"/>
        <source>&lt;p&gt;&lt;b&gt;OMAS:&lt;/b&gt; total %1 (ulceration %2, erythema %3), mean %4 over %5 site(s)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OMAS：&lt;/b&gt;总分 %1（溃疡 %2，红斑 %3），%5 个部位的平均分 %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="383"/>
        <source>&lt;p&gt;&lt;b&gt;OMAS:&lt;/b&gt; no site assessable&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OMAS：&lt;/b&gt;无可评估部位&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="385"/>
        <source>&lt;p style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1 grade %2: the primary endpoint (%3) is reached.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1 %2 级：已达到主要终点（%3）。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="388"/>
        <source>&lt;p style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Signing drafts an adverse event &quot;Mucositis oral&quot;, CTCAE grade %1, for you to confirm or change.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b00020&apos;&gt;&lt;b&gt;签署将起草不良事件“口腔黏膜炎”（Mucositis oral），CTCAE %1 级，由您确认或修改。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="480"/>
        <source>A visit on %1 is already recorded (%2 %3, %4). To change it, open it from the visit list; to record another visit on the same day, press Next again.</source>
        <translation>%1 已有一次访视记录（%2 %3，%4）。如需修改，请从访视列表中打开该访视；如确需在同一天再记录一次访视，请再次点击“下一步”。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="492"/>
        <source>Enter your password to sign.</source>
        <translation>请输入密码以签名。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="517"/>
        <source>Saved as a draft, not signed: %1</source>
        <translation>已保存为草稿，未签名：%1</translation>
    </message>
</context>
<context>
    <name>muco::ui::HelpBrowser</name>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="13"/>
        <source>MucoTrack user guide</source>
        <translation>MucoTrack 用户指南</translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="19"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="21"/>
        <source>Back (%1)</source>
        <translation>后退（%1）</translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="22"/>
        <source>&amp;Forward &gt;</source>
        <translation>前进(&amp;F) &gt;</translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="24"/>
        <source>Forward (%1)</source>
        <translation>前进（%1）</translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="25"/>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="26"/>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="27"/>
        <source>Contents of the guide (%1)</source>
        <translation>指南目录（%1）</translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="28"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="29"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>muco::ui::LabResultsModel</name>
    <message>
        <location filename="../ui/models/LabResultsModel.cpp" line="56"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../ui/models/LabResultsModel.cpp" line="56"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../ui/models/LabResultsModel.cpp" line="69"/>
        <source>Collected</source>
        <translation>采样</translation>
    </message>
    <message>
        <location filename="../ui/models/LabResultsModel.cpp" line="70"/>
        <source>Test</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/models/LabResultsModel.cpp" line="71"/>
        <source>Entered</source>
        <translation>录入值</translation>
    </message>
    <message>
        <location filename="../ui/models/LabResultsModel.cpp" line="72"/>
        <source>SI value</source>
        <translation>国际单位值</translation>
    </message>
    <message>
        <location filename="../ui/models/LabResultsModel.cpp" line="73"/>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>muco::ui::LabsTab</name>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="43"/>
        <source>Check before saving</source>
        <translation>保存前请核对</translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="80"/>
        <source>&lt;b&gt;Test&lt;/b&gt;</source>
        <translation>&lt;b&gt;项目&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="81"/>
        <source>&lt;b&gt;Value&lt;/b&gt;</source>
        <translation>&lt;b&gt;数值&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="82"/>
        <source>&lt;b&gt;Unit&lt;/b&gt;</source>
        <translation>&lt;b&gt;单位&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="83"/>
        <source>&lt;b&gt;SI value&lt;/b&gt;</source>
        <translation>&lt;b&gt;国际单位值&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="84"/>
        <source>&lt;b&gt;Reference&lt;/b&gt;</source>
        <translation>&lt;b&gt;参考范围&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="113"/>
        <source>&amp;Save panel</source>
        <translation>保存检验组(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="129"/>
        <source>&amp;Panel:</source>
        <translation>检验组(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="130"/>
        <source>&amp;Collected:</source>
        <translation>采样时间(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="182"/>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="204"/>
        <source>women %1, men %2</source>
        <translation>女性 %1，男性 %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="205"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="256"/>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="267"/>
        <source>%1 %2 %3 is unusual; %1 %2 %4 would be usual.

Yes: save it in %4. No: save it in %3 as entered. Cancel: go back to the value.</source>
        <translation>%1 %2 %3 不常见；%1 %2 %4 才常见。

是：按 %4 保存。否：按输入的 %3 保存。取消：返回修改数值。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="285"/>
        <source>The collection time is %1, %2 days ago. Save the results with this collection time?</source>
        <translation>采集时间为 %1，即 %2 天前。按此采集时间保存结果吗？</translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="316"/>
        <source>The lab results typed</source>
        <translation>已输入的检验结果</translation>
    </message>
</context>
<context>
    <name>muco::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>Filter patients (Ctrl+F)</source>
        <translation>筛选患者 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <location filename="../ui/MainWindow.cpp" line="557"/>
        <source>Select a patient in the list, or add one with Ctrl+N.</source>
        <translation>请在列表中选择患者，或按 Ctrl+N 新建患者。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>DEMO SITE: synthetic patients for training and trying MucoTrack. Not for clinical use.</source>
        <translation>演示站点：用于培训和试用的模拟患者，不得用于临床。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>MucoTrack — DEMO SITE (synthetic data)</source>
        <translation>MucoTrack — 演示站点（模拟数据）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>MucoTrack</source>
        <translation>MucoTrack</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>&amp;New patient...</source>
        <translation>新建患者(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>Sync &amp;conflicts...</source>
        <translation>同步冲突(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="341"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>Patient &amp;details...</source>
        <translation>患者资料(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Patients</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>Monitoring</source>
        <translation>监查</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>&amp;Switch user...</source>
        <translation>切换用户(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>Screening &amp;log...</source>
        <translation>筛选日志(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="347"/>
        <source>&amp;Overdue visits...</source>
        <translation>逾期访视(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="351"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352"/>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="354"/>
        <source>Change &amp;password...</source>
        <translation>修改密码(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="361"/>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="362"/>
        <source>&amp;Accounts...</source>
        <translation>账户(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>Site &amp;settings...</source>
        <translation>站点设置(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="371"/>
        <source>Laboratory &amp;reference ranges...</source>
        <translation>检验参考范围(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="377"/>
        <source>&amp;Backups...</source>
        <translation>备份(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="382"/>
        <source>Restore from a bac&amp;kup...</source>
        <translation>从备份恢复(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="385"/>
        <source>Restored to %1: open it with --db to sign in there.</source>
        <translation>已恢复到 %1：使用 --db 打开该数据库后登录。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="387"/>
        <source>New reco&amp;very key...</source>
        <translation>新恢复密钥(&amp;V)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="392"/>
        <source>Audit &amp;trail...</source>
        <translation>稽查轨迹(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="394"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="396"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="402"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="404"/>
        <source>&amp;About MucoTrack</source>
        <translation>关于 MucoTrack(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="405"/>
        <source>About MucoTrack</source>
        <translation>关于 MucoTrack</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="406"/>
        <source>&lt;b&gt;MucoTrack&lt;/b&gt; %1&lt;br&gt;Bedside data capture for trial NCT07312656: exosome mouth spray against radiation-induced oral mucositis.&lt;br&gt;&lt;br&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>&lt;b&gt;MucoTrack&lt;/b&gt; %1&lt;br&gt;试验 NCT07312656 的床旁数据采集：外泌体口腔喷雾剂防治放射性口腔黏膜炎。&lt;br&gt;&lt;br&gt;许可证：GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）。本程序不提供任何担保。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="429"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="558"/>
        <source>Select a patient in a list.</source>
        <translation>请在列表中选择患者。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="691"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="696"/>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="697"/>
        <source>Monitor&apos;s device %1: every site, monitoring only</source>
        <translation>监查员设备 %1：全部站点，仅限监查</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="698"/>
        <source>Site %1</source>
        <translation>站点 %1</translation>
    </message>
</context>
<context>
    <name>muco::ui::MonitorListModel</name>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="123"/>
        <source>Sample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="123"/>
        <source>Critical</source>
        <translation>关键</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/MonitorListModel.cpp" line="148"/>
        <source>The oldest open query: %n day(s)</source>
        <translation>
            <numerusform>最早的未关闭质疑：%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="169"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="173"/>
        <source>Patients</source>
        <translation>患者数</translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="174"/>
        <location filename="../ui/models/MonitorListModel.cpp" line="185"/>
        <source>Open
queries</source>
        <translation>未关闭
质疑</translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="175"/>
        <source>Oldest
(days)</source>
        <translation>最久
（天）</translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="176"/>
        <location filename="../ui/models/MonitorListModel.cpp" line="186"/>
        <source>To
verify</source>
        <translation>待核查</translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="177"/>
        <location filename="../ui/models/MonitorListModel.cpp" line="187"/>
        <source>Overdue
visits</source>
        <translation>逾期
访视</translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="178"/>
        <location filename="../ui/models/MonitorListModel.cpp" line="188"/>
        <source>Missing
grades</source>
        <translation>缺失
分级</translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="183"/>
        <location filename="../ui/models/MonitorListModel.cpp" line="193"/>
        <location filename="../ui/models/MonitorListModel.cpp" line="202"/>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="184"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="194"/>
        <location filename="../ui/models/MonitorListModel.cpp" line="203"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="195"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="196"/>
        <location filename="../ui/models/MonitorListModel.cpp" line="204"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="197"/>
        <source>Age
(days)</source>
        <translation>时长
（天）</translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="205"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>muco::ui::MonitorView</name>
    <message>
        <location filename="../ui/MonitorView.cpp" line="173"/>
        <source>&amp;Every site</source>
        <translation>全部站点(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="174"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="175"/>
        <source>Enter opens the patient: raise queries and mark records verified in the workspace.</source>
        <translation>按 Enter 打开患者：在工作区中发起质疑并标记记录已核查。</translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="176"/>
        <source>No patients on this device yet: synchronise to pull the sites&apos; records.</source>
        <translation>此设备上尚无患者：请同步以获取各站点的记录。</translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="177"/>
        <source>No patients.</source>
        <translation>无患者。</translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="177"/>
        <source>No open queries.</source>
        <translation>无未关闭的质疑。</translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="177"/>
        <source>Nothing remains to verify.</source>
        <translation>没有待核查的记录。</translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="177"/>
        <source>No overdue visits.</source>
        <translation>无逾期访视。</translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="211"/>
        <source>Patients (%1)</source>
        <translation>患者 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="211"/>
        <source>Queries (%1)</source>
        <translation>质疑 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="211"/>
        <source>To verify (%1)</source>
        <translation>待核查 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="211"/>
        <source>Overdue (%1)</source>
        <translation>逾期 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="280"/>
        <source>Every site this device holds, as of %1. Sites: %2.</source>
        <translation>此设备上的全部站点，截至 %1。站点数：%2。</translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="281"/>
        <source>This site, as of %1.</source>
        <translation>本站点，截至 %1。</translation>
    </message>
</context>
<context>
    <name>muco::ui::NewSiteWizard</name>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="33"/>
        <source>A new site</source>
        <translation>新站点</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="34"/>
        <source>The site code starts every subject ID of this site, for example GX01-0001.</source>
        <translation>站点代码是本站点所有受试者编号的前缀，例如 GX01-0001。</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="37"/>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="39"/>
        <source>Site database</source>
        <translation>站点数据库</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="40"/>
        <source>MucoTrack site database (*.db)</source>
        <translation>MucoTrack 站点数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="48"/>
        <source>Site &amp;code:</source>
        <translation>站点代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="49"/>
        <source>&amp;Database file:</source>
        <translation>数据库文件(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="59"/>
        <source>Site code: %1.</source>
        <translation>站点代码：%1。</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="64"/>
        <source>%1 already exists; choose another file.</source>
        <translation>%1 已存在；请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="80"/>
        <source>The site administrator</source>
        <translation>站点管理员</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="81"/>
        <source>The administrator manages accounts and settings. Choose a password of at least 10 characters.</source>
        <translation>管理员负责管理账户和设置。请设置至少 10 个字符的密码。</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="85"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="86"/>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="87"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="88"/>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="101"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="129"/>
        <source>I have written down or printed the recovery key and stored it safely</source>
        <translation>我已抄写或打印恢复密钥，并已妥善保管</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="131"/>
        <source>Recovery key: shown only now</source>
        <translation>恢复密钥：仅此一次显示</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="132"/>
        <source>If every password is lost, this key is the only way into the site database. Write it down or print it now, and keep it locked away. It will not be shown again.</source>
        <translation>如果所有密码都遗失，此密钥是进入站点数据库的唯一途径。请立即抄写或打印，并锁好保管。它不会再次显示。</translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="155"/>
        <source>Set up a MucoTrack site</source>
        <translation>设置 MucoTrack 站点</translation>
    </message>
</context>
<context>
    <name>muco::ui::OverdueVisitsDialog</name>
    <message>
        <location filename="../ui/admin/OverdueVisitsDialog.cpp" line="20"/>
        <source>Overdue visits</source>
        <translation>逾期访视</translation>
    </message>
    <message>
        <location filename="../ui/admin/OverdueVisitsDialog.cpp" line="42"/>
        <source>Site %1: overdue visits: %2; patients: %3</source>
        <translation>站点 %1：逾期访视 %2 次；患者 %3 名</translation>
    </message>
    <message>
        <location filename="../ui/admin/OverdueVisitsDialog.cpp" line="43"/>
        <source>No visit is overdue on %1.</source>
        <translation>%1 无逾期访视。</translation>
    </message>
    <message>
        <location filename="../ui/admin/OverdueVisitsDialog.cpp" line="44"/>
        <source>On %1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>muco::ui::OverdueVisitsModel</name>
    <message>
        <location filename="../ui/models/OverdueVisitsModel.cpp" line="40"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/OverdueVisitsModel.cpp" line="54"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../ui/models/OverdueVisitsModel.cpp" line="55"/>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../ui/models/OverdueVisitsModel.cpp" line="56"/>
        <source>Visit</source>
        <translation>访视</translation>
    </message>
    <message>
        <location filename="../ui/models/OverdueVisitsModel.cpp" line="57"/>
        <source>Window</source>
        <translation>时间窗</translation>
    </message>
    <message>
        <location filename="../ui/models/OverdueVisitsModel.cpp" line="58"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../ui/models/OverdueVisitsModel.cpp" line="59"/>
        <source>Days
overdue</source>
        <translation>逾期
天数</translation>
    </message>
</context>
<context>
    <name>muco::ui::OverviewTab</name>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="41"/>
        <source>E&amp;xport chart as PNG...</source>
        <translation>导出图表为 PNG(&amp;X)...</translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="43"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="44"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="46"/>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="72"/>
        <source>%1 (%2): cumulative dose and oral mucositis grade</source>
        <translation>%1（%2）：累积剂量与口腔黏膜炎分级</translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="74"/>
        <source>%1: cumulative dose and oral mucositis grade</source>
        <translation>%1：累积剂量与口腔黏膜炎分级</translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="79"/>
        <source>MMM d</source>
        <comment>the chart&apos;s date axis: a QDateTime format</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="80"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="82"/>
        <source>Cumulative dose (Gy)</source>
        <translation>累积剂量 (Gy)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="85"/>
        <source>Grade</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="100"/>
        <source>Cumulative dose</source>
        <translation>累积剂量</translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="119"/>
        <source>Dose %1 of %2 Gy, fraction %3 of %4</source>
        <translation>剂量 %1 / %2 Gy，第 %3 / %4 次</translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="126"/>
        <source>No radiotherapy plan yet</source>
        <translation>尚无放疗计划</translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="144"/>
        <source>%1: %2 Gy</source>
        <translation>%1：%2 Gy</translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="187"/>
        <source>%1 grade %2 on %3</source>
        <translation>%3：%1 %2 级</translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="192"/>
        <source>Latest visit %1: WHO %2, CTCAE %3, RTOG %4</source>
        <translation>最近访视 %1：WHO %2，CTCAE %3，RTOG %4</translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="195"/>
        <source>No graded visit yet</source>
        <translation>尚无分级访视</translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="199"/>
        <source>Grade 3 (primary endpoint)</source>
        <translation>3级（主要终点）</translation>
    </message>
</context>
<context>
    <name>muco::ui::PasswordDialog</name>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="16"/>
        <source>Change your password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="22"/>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="23"/>
        <source>&amp;New password (10 characters or more):</source>
        <translation>新密码（至少 10 个字符）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="24"/>
        <source>&amp;Repeat the new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="37"/>
        <source>the two new passwords differ</source>
        <translation>两次输入的新密码不一致</translation>
    </message>
</context>
<context>
    <name>muco::ui::PatientDetailsDialog</name>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="38"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="39"/>
        <source>Choose...</source>
        <translation>请选择...</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="40"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="41"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="46"/>
        <source>Why the record is being changed</source>
        <translation>修改记录的原因</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="54"/>
        <source>Patient %1</source>
        <translation>患者 %1</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="69"/>
        <source>Details</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="72"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="73"/>
        <source>&amp;Medical record number:</source>
        <translation>病历号(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="74"/>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="80"/>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="81"/>
        <source>S&amp;ex:</source>
        <translation>性别(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="88"/>
        <source>Participation</source>
        <translation>参与状态</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="90"/>
        <source>Now:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="91"/>
        <source>No change</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="95"/>
        <source>&amp;Change to:</source>
        <translation>改为(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="96"/>
        <source>Effecti&amp;ve date:</source>
        <translation>生效日期(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="101"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="103"/>
        <source>Nothing is deleted: every change keeps the old value, who changed it, when and why.</source>
        <translation>不会删除任何数据：每次修改都保留原值、修改人、时间和原因。</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="119"/>
        <source>You may read these details but not change them.</source>
        <translation>您可以查看这些资料，但不能修改。</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="138"/>
        <source>say why the record is being changed</source>
        <translation>请说明修改记录的原因</translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="179"/>
        <source>Eligibility to review</source>
        <translation>需复核入选资格</translation>
    </message>
</context>
<context>
    <name>muco::ui::PatientListModel</name>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="139"/>
        <source>(hidden)</source>
        <translation>（隐藏）</translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="141"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="141"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="145"/>
        <source>WHO %1</source>
        <translation>WHO %1 级</translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="158"/>
        <source>%1 critical records to verify against the source</source>
        <translation>%1 条关键记录待进行源数据核查</translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="165"/>
        <source>%1 data queries not closed</source>
        <translation>%1 条数据质疑尚未关闭</translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="218"/>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="219"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="220"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="221"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="222"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="223"/>
        <source>Latest grade</source>
        <translation>最新分级</translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="224"/>
        <source>Dose (Gy)</source>
        <translation>剂量 (Gy)</translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="225"/>
        <source>Arm</source>
        <translation>组别</translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="226"/>
        <source>Queries</source>
        <translation>质疑</translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="227"/>
        <source>To verify</source>
        <translation>待核查</translation>
    </message>
</context>
<context>
    <name>muco::ui::PatientRecords</name>
    <message>
        <location filename="../ui/workspace/PatientRecords.cpp" line="71"/>
        <source>WHO %1</source>
        <translation>WHO %1 级</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientRecords.cpp" line="73"/>
        <source>%1 Gy</source>
        <translation>%1 Gy</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientRecords.cpp" line="76"/>
        <source>No. %1</source>
        <translation>第 %1 次</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientRecords.cpp" line="147"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientRecords.cpp" line="152"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientRecords.cpp" line="152"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>muco::ui::PatientWorkspace</name>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="50"/>
        <source>&amp;1 Overview</source>
        <translation>&amp;1 概览</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="51"/>
        <source>&amp;2 Screening</source>
        <translation>&amp;2 筛选</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="52"/>
        <source>&amp;3 Visits and grading</source>
        <translation>&amp;3 访视与分级</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="53"/>
        <source>&amp;4 Radiotherapy</source>
        <translation>&amp;4 放疗</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="54"/>
        <source>&amp;5 Labs</source>
        <translation>&amp;5 检验</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="55"/>
        <source>&amp;6 Study drug</source>
        <translation>&amp;6 研究药物</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="56"/>
        <source>&amp;7 Adverse events</source>
        <translation>&amp;7 不良事件</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="101"/>
        <source>&amp;8 Queries</source>
        <translation>&amp;8 质疑</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="101"/>
        <source>&amp;8 Queries (%1)</source>
        <translation>&amp;8 质疑 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="102"/>
        <source>&amp;9 SDV</source>
        <translation>&amp;9 源数据核查</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="102"/>
        <source>&amp;9 SDV (%1)</source>
        <translation>&amp;9 源数据核查 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="230"/>
        <source>Save or Discard, then %1 opens; Cancel stays with %2.</source>
        <translation>选择“保存”或“放弃”后将打开 %1；选择“取消”则留在 %2。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="70"/>
        <source>Print case&amp;book...</source>
        <translation>打印病例报告册(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="150"/>
        <source>born %1 (%2 years)</source>
        <translation>出生于 %1（%2 岁）</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="152"/>
        <source>born in %1 (%2 years)</source>
        <translation>%1 年出生（%2 岁）</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="154"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="154"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="156"/>
        <source>MRN %1</source>
        <translation>病历号 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="223"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="224"/>
        <source>%1 of %2 has changes that are not saved.</source>
        <translation>%2 的%1有尚未保存的更改。</translation>
    </message>
</context>
<context>
    <name>muco::ui::PrimaryEndpointDialog</name>
    <message>
        <location filename="../ui/admin/PrimaryEndpointDialog.cpp" line="27"/>
        <source>Primary endpoint (this site&apos;s data)</source>
        <translation>主要终点（本站点数据）</translation>
    </message>
    <message>
        <location filename="../ui/admin/PrimaryEndpointDialog.cpp" line="30"/>
        <source>%1. n: randomized patients with a signed graded visit on or after the day of randomization; events: a signed grade at or above the threshold. The whole trial&apos;s analysis is made at the central site.</source>
        <translation>%1。n：随机化当天或之后有已签名分级访视的随机化患者；事件：已签名分级达到或超过阈值。全试验的分析在中心站点进行。</translation>
    </message>
    <message>
        <location filename="../ui/admin/PrimaryEndpointDialog.cpp" line="42"/>
        <source>Not in the primary analysis:</source>
        <translation>未纳入主要分析：</translation>
    </message>
</context>
<context>
    <name>muco::ui::QueriesTab</name>
    <message>
        <location filename="../ui/workspace/QueriesTab.cpp" line="20"/>
        <source>Raise &amp;query...</source>
        <translation>发起质疑(&amp;Q)...</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueriesTab.cpp" line="20"/>
        <source>Ans&amp;wer...</source>
        <translation>回复(&amp;W)...</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueriesTab.cpp" line="21"/>
        <source>&amp;Close query...</source>
        <translation>关闭质疑(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueriesTab.cpp" line="21"/>
        <source>Re-&amp;open...</source>
        <translation>重新开放(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueriesTab.cpp" line="39"/>
        <source>Select a query to read its thread.</source>
        <translation>选择一条质疑以查看其往来记录。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueriesTab.cpp" line="85"/>
        <source>No data queries for this patient.</source>
        <translation>此患者没有数据质疑。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueriesTab.cpp" line="86"/>
        <source>%1 open, %2 answered, %3 closed</source>
        <translation>开放 %1 条，已回复 %2 条，已关闭 %3 条</translation>
    </message>
</context>
<context>
    <name>muco::ui::QueryDialog</name>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="40"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="40"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="49"/>
        <source>Raised</source>
        <translation>已发起</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="51"/>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="53"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="55"/>
        <source>Re-opened</source>
        <translation>已重新开放</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="71"/>
        <source>Value corrected to: %1</source>
        <translation>数值已更正为：%1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="82"/>
        <source>Raise a data query</source>
        <translation>发起数据质疑</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="93"/>
        <source>&amp;Record:</source>
        <translation>记录(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="94"/>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="95"/>
        <source>Recorded value:</source>
        <translation>已记录的数值：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="96"/>
        <source>&amp;Question:</source>
        <translation>质疑内容(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="111"/>
        <source>Answer a data query</source>
        <translation>回复数据质疑</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="111"/>
        <source>Close a data query</source>
        <translation>关闭数据质疑</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="111"/>
        <source>Re-open a data query</source>
        <translation>重新开放数据质疑</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="114"/>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="115"/>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="116"/>
        <source>Value when raised:</source>
        <translation>发起时的数值：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="117"/>
        <source>Value now:</source>
        <translation>当前数值：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="123"/>
        <source>Thread:</source>
        <translation>往来记录：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="124"/>
        <source>&amp;Answer:</source>
        <translation>回复(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="124"/>
        <source>&amp;Comment (optional):</source>
        <translation>备注（可选）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="124"/>
        <source>&amp;Why re-open:</source>
        <translation>重新开放的原因(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="142"/>
        <source>&amp;Sign and raise</source>
        <translation>签名并发起(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="142"/>
        <source>&amp;Sign and answer</source>
        <translation>签名并回复(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="143"/>
        <source>&amp;Sign and close</source>
        <translation>签名并关闭(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="143"/>
        <source>&amp;Sign and re-open</source>
        <translation>签名并重新开放(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="155"/>
        <source>&amp;Correct the value in the same step</source>
        <translation>同时更正该数值(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="163"/>
        <source>Why the saved value changes (audited)</source>
        <translation>修改已保存数值的原因（记入稽查轨迹）</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="172"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="183"/>
        <source>&amp;New value:</source>
        <translation>新数值(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="184"/>
        <source>R&amp;eason for the change:</source>
        <translation>修改原因(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="194"/>
        <source>You cannot change this record: answer, and the person who records it corrects it.</source>
        <translation>您不能修改此记录：请回复，由负责记录的人员进行更正。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="245"/>
        <source>say what the query asks</source>
        <translation>请说明质疑的内容</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="246"/>
        <source>write the answer</source>
        <translation>请填写回复</translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="246"/>
        <source>say why the query is re-opened</source>
        <translation>请说明重新开放质疑的原因</translation>
    </message>
</context>
<context>
    <name>muco::ui::QueryListModel</name>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="12"/>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="14"/>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="16"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="29"/>
        <source>Query answered, awaiting the monitor: %1</source>
        <translation>质疑已回复，等待监查员处理：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="30"/>
        <source>Open query: %1</source>
        <translation>开放的质疑：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="85"/>
        <source>Raised %1 days ago</source>
        <translation>%1 天前发起</translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="97"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="98"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="99"/>
        <source>Value when raised</source>
        <translation>发起时的数值</translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="100"/>
        <source>Value now</source>
        <translation>当前数值</translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="101"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="102"/>
        <source>Age (days)</source>
        <translation>已存在天数</translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="103"/>
        <source>Raised by</source>
        <translation>发起人</translation>
    </message>
</context>
<context>
    <name>muco::ui::RadiotherapyTab</name>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="446"/>
        <source>Missed</source>
        <translation>漏照</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="447"/>
        <source>Held</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="45"/>
        <source>Oral cavity</source>
        <translation>口腔</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="46"/>
        <source>Oropharynx</source>
        <translation>口咽</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="46"/>
        <source>Concurrent chemotherapy</source>
        <translation>同步化疗</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="47"/>
        <source>&amp;Deliver today&apos;s fraction</source>
        <translation>执行今日分次(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="48"/>
        <source>&amp;Missed or held...</source>
        <translation>漏照或暂停(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="48"/>
        <source>&amp;Import CSV...</source>
        <translation>导入 CSV(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="49"/>
        <source>Save &amp;plan</source>
        <translation>保存计划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="49"/>
        <source>&amp;Void...</source>
        <translation>作废(&amp;V)...</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="52"/>
        <source>A fraction recorded in error: kept, struck through, with the reason</source>
        <translation>误录的分次：保留、加删除线并注明原因</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="59"/>
        <source>Ctrl+D from any tab of the patient</source>
        <translation>在该患者的任一选项卡按 Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="67"/>
        <source>e.g. cisplatin</source>
        <translation>如顺铂</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="71"/>
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="71"/>
        <source>Tue</source>
        <translation>二</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="71"/>
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="71"/>
        <source>Thu</source>
        <translation>四</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="71"/>
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="71"/>
        <source>Sat</source>
        <translation>六</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="71"/>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="86"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="93"/>
        <source>Total dose (Gy):</source>
        <translation>总剂量 (Gy)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="94"/>
        <source>Fractions:</source>
        <translation>分次数：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="95"/>
        <source>Dose per fraction (Gy):</source>
        <translation>单次剂量 (Gy)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="96"/>
        <source>Technique:</source>
        <translation>技术：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="97"/>
        <source>Start date:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="98"/>
        <source>Treatment days:</source>
        <translation>治疗日：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="99"/>
        <source>Fields include:</source>
        <translation>照射野包括：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="100"/>
        <source>Chemotherapy:</source>
        <translation>化疗：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="101"/>
        <source>Agent:</source>
        <translation>药物：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="107"/>
        <source>The plan is the investigator&apos;s prescription: read only for your role.</source>
        <translation>放疗计划是研究者开具的处方：您的角色只能查看。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="163"/>
        <source>Record the fraction?</source>
        <translation>记录该分次？</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="265"/>
        <source>No radiotherapy plan recorded yet: enter it on the left.</source>
        <translation>尚未记录放疗计划：请在左侧录入。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="276"/>
        <source>%1 of %2 fractions delivered  ·  %3 of %4 Gy (%5%)  ·  remaining %6 Gy  ·  BED %7 Gy, EQD2 %8 Gy (α/β 10)  ·  missed days %9</source>
        <translation>已照射 %1/%2 次  ·  %3/%4 Gy（%5%）  ·  剩余 %6 Gy  ·  BED %7 Gy，EQD2 %8 Gy（α/β 10）  ·  漏照天数 %9</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="286"/>
        <source>BED and EQD2: the biologically effective dose and its equivalent in 2 Gy fractions, summed over the fractions delivered (linear-quadratic model, α/β 10 Gy).</source>
        <translation>BED 与 EQD2：生物等效剂量及其折算为 2 Gy 分次的等效剂量，按已实施的分次累加（线性二次模型，α/β = 10 Gy）。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="406"/>
        <source>%1 Record a delivered fraction today anyway?</source>
        <translation>%1 仍要记录今天已照射一次吗？</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="282"/>
        <source>  ·  projected completion %1</source>
        <translation>  ·  预计完成 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="283"/>
        <source>  ·  course complete</source>
        <translation>  ·  疗程已完成</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="289"/>
        <source>Projected completion: the fractions still to give (%1), one per treatment day of the plan, holidays skipped, from today while today&apos;s fraction is still to come, otherwise from the next treatment day (never before the plan&apos;s start). A missed day moves it later.</source>
        <translation>预计完成日期：剩余分次（%1 次）按计划的治疗日每日一次，跳过节假日；今天的分次尚未实施时从今天起算，否则从下一个治疗日起算（不早于计划开始日期）。漏照一天会使其推后。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="315"/>
        <source>The radiotherapy plan</source>
        <translation>放疗计划</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="338"/>
        <source>enter the total dose in Gy, e.g. 70</source>
        <translation>请输入总剂量（Gy），如 70</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="342"/>
        <source>enter the dose per fraction in Gy, e.g. 2</source>
        <translation>请输入单次剂量（Gy），如 2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="365"/>
        <source>The radiotherapy plan is being changed.</source>
        <translation>正在修改放疗计划。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="403"/>
        <source>%1 is still in screening (not enrolled). Record a delivered fraction anyway?</source>
        <translation>%1 仍在筛选中（尚未入组）。仍要记录一次已执行的分次吗？</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="420"/>
        <source>Select the fraction recorded in error in the log first.</source>
        <translation>请先在记录中选中误录的分次。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="424"/>
        <source>The fraction of %1 is being voided: it stays in the log, struck through.</source>
        <translation>正在作废 %1 的分次：它仍保留在记录中，并加删除线。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="439"/>
        <source>Missed or held fraction</source>
        <translation>漏照或暂停的分次</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="450"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="451"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="452"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="459"/>
        <source>%1 Record it as missed or held anyway?</source>
        <translation>%1 仍要记录为漏照或暂停吗？</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="464"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="479"/>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="483"/>
        <source>Imported %1 fraction(s); %2 were already recorded.</source>
        <translation>已导入 %1 个分次；%2 个此前已记录。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="485"/>
        <source>Refused:</source>
        <translation>已拒绝：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="491"/>
        <source>Import fractions</source>
        <translation>导入分次</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="491"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="493"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>muco::ui::RandomizePanel</name>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="42"/>
        <source>Randomi&amp;ze...</source>
        <translation>随机分组(&amp;Z)...</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="49"/>
        <source>Allocate this enrolled patient&apos;s arm (an electronic signature)</source>
        <translation>为此已入组患者分配组别（需电子签名）</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="80"/>
        <source>Arm: cannot be read (%1)</source>
        <translation>组别：无法读取（%1）</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="85"/>
        <source>&lt;b&gt;Arm: %1&lt;/b&gt;  ·  randomized %2 (%3 #%4, %5)</source>
        <translation>&lt;b&gt;组别：%1&lt;/b&gt;  ·  随机化时间 %2（%3 #%4，%5）</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="89"/>
        <source>central site</source>
        <translation>中心站点</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="89"/>
        <source>sealed reserve</source>
        <translation>封存储备</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="95"/>
        <source>Not randomized yet</source>
        <translation>尚未随机化</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="95"/>
        <source>Not randomized</source>
        <translation>未随机化</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="106"/>
        <source>the randomization of %1</source>
        <translation>%1 的随机化</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="111"/>
        <source>Randomizing...</source>
        <translation>正在随机分组...</translation>
    </message>
</context>
<context>
    <name>muco::ui::RecoveryKeyDialog</name>
    <message>
        <location filename="../ui/admin/RecoveryKeyDialog.cpp" line="15"/>
        <source>&amp;Replace the recovery key</source>
        <translation>更换恢复密钥(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/admin/RecoveryKeyDialog.cpp" line="17"/>
        <source>I have written down or printed the new recovery key and stored it safely</source>
        <translation>我已抄写或打印新的恢复密钥并妥善保管</translation>
    </message>
    <message>
        <location filename="../ui/admin/RecoveryKeyDialog.cpp" line="18"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/admin/RecoveryKeyDialog.cpp" line="20"/>
        <source>New recovery key</source>
        <translation>新恢复密钥</translation>
    </message>
    <message>
        <location filename="../ui/admin/RecoveryKeyDialog.cpp" line="24"/>
        <source>A new recovery key replaces the one in force, which then no longer opens this site&apos;s database. Backups made before keep their own key file: the old recovery key still opens those, so keep it with them. Replace it when the recovery key is lost or may have been seen by someone else.</source>
        <translation>新的恢复密钥将取代当前的恢复密钥，旧密钥此后无法再打开本站点的数据库。此前制作的备份保留各自的密钥文件：旧恢复密钥仍可打开这些备份，因此请将其与备份一同保管。恢复密钥丢失或可能被他人看到时，请更换。</translation>
    </message>
    <message>
        <location filename="../ui/admin/RecoveryKeyDialog.cpp" line="42"/>
        <source>The new recovery key, shown only now. If every password is lost, it is the only way into the site database: write it down or print it, and keep it locked away.</source>
        <translation>新的恢复密钥，仅此时显示。如果所有密码都丢失，它是进入站点数据库的唯一途径：请抄写或打印，并锁好保管。</translation>
    </message>
</context>
<context>
    <name>muco::ui::ReferenceRangeModel</name>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="67"/>
        <source>%1, %2: &quot;%3&quot; is not a number.</source>
        <translation>%1，%2：“%3”不是数字。</translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="130"/>
        <source>Only where the range differs by sex; leave empty to use the range for all patients.</source>
        <translation>仅在参考范围因性别而不同时填写；留空则使用适用于所有患者的范围。</translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="134"/>
        <source>Test</source>
        <translation>检验项目</translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="135"/>
        <source>SI unit</source>
        <translation>国际单位</translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="136"/>
        <source>Lower limit</source>
        <translation>正常值下限</translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="137"/>
        <source>Upper limit (ULN)</source>
        <translation>上限（ULN）</translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="138"/>
        <source>Women: lower</source>
        <translation>女性：下限</translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="139"/>
        <source>Women: ULN</source>
        <translation>女性：ULN</translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="140"/>
        <source>Men: lower</source>
        <translation>男性：下限</translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="141"/>
        <source>Men: ULN</source>
        <translation>男性：ULN</translation>
    </message>
</context>
<context>
    <name>muco::ui::ReferenceRangesDialog</name>
    <message>
        <location filename="../ui/admin/ReferenceRangesDialog.cpp" line="16"/>
        <source>Laboratory reference ranges</source>
        <translation>检验参考范围</translation>
    </message>
    <message>
        <location filename="../ui/admin/ReferenceRangesDialog.cpp" line="35"/>
        <source>Where a test&apos;s range differs by sex (creatinine; hemoglobin, ALT and AST in most laboratories), enter the female and the male limits: the common range is for tests both sexes share.</source>
        <translation>检验的参考范围因性别而异时（肌酐；多数实验室的血红蛋白、ALT 和 AST 也是如此），请分别填写女性和男性的界限：通用范围仅用于男女相同的检验。</translation>
    </message>
</context>
<context>
    <name>muco::ui::RestoreWizard</name>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="34"/>
        <location filename="../ui/admin/RestoreWizard.cpp" line="39"/>
        <source>Choose the backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="35"/>
        <source>A backup is a file mucotrack-SITE-DATE.db with its key file beside it. The recovery key is the one written down when the site was set up.</source>
        <translation>备份是一个名为“mucotrack-站点代码-日期.db”的文件，其密钥文件位于旁边。恢复密钥是建立站点时抄写下来的那一个。</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="37"/>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="40"/>
        <source>MucoTrack backups (mucotrack-*.db)</source>
        <translation>MucoTrack 备份 (mucotrack-*.db)</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="45"/>
        <source>&amp;Backup:</source>
        <translation>备份(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="46"/>
        <source>&amp;Recovery key:</source>
        <translation>恢复密钥(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="60"/>
        <source>Check the backup</source>
        <translation>检查备份</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="71"/>
        <source>The backup cannot be used: %1</source>
        <translation>该备份无法使用：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="73"/>
        <source>The backup of site %1 opened, but its audit trail is broken at row %2: it is not restored.</source>
        <translation>站点 %1 的备份已打开，但其稽查轨迹在第 %2 行断裂：不予恢复。</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="76"/>
        <source>The backup of site %1 opened with the recovery key; every page was decrypted and its audit trail of %2 entries is intact.</source>
        <translation>已用恢复密钥打开站点 %1 的备份；每一页均已解密，其 %2 条稽查轨迹记录完整。</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="92"/>
        <source>Restore to a new database</source>
        <translation>恢复到新数据库</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="93"/>
        <source>A restore never overwrites a database. Sign in to the restored one with the accounts and passwords of the day of the backup, enrol it again with a new code from the central site (it is a new device), then sync: the central site sends what it received since.</source>
        <translation>恢复从不覆盖已有数据库。请使用备份当天的账户和密码登录恢复后的数据库，用中心站点发放的新注册码重新注册（它是一台新设备），然后同步：中心站点会发送此后收到的数据。</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="96"/>
        <source>B&amp;rowse...</source>
        <translation>浏览(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="98"/>
        <source>Restore to</source>
        <translation>恢复到</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="99"/>
        <source>Site databases (*.db)</source>
        <translation>站点数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="105"/>
        <source>New &amp;database:</source>
        <translation>新数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="108"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="115"/>
        <source>Not restored: %1</source>
        <translation>未恢复：%1</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="130"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="132"/>
        <source>as written down at set-up</source>
        <translation>建立站点时抄写的恢复密钥</translation>
    </message>
</context>
<context>
    <name>muco::ui::ScreeningLogDialog</name>
    <message>
        <location filename="../ui/admin/ScreeningLogDialog.cpp" line="16"/>
        <source>Screening log</source>
        <translation>筛选日志</translation>
    </message>
</context>
<context>
    <name>muco::ui::ScreeningLogModel</name>
    <message>
        <location filename="../ui/models/ScreeningLogModel.cpp" line="32"/>
        <source>signed by %1</source>
        <translation>已由 %1 签名</translation>
    </message>
    <message>
        <location filename="../ui/models/ScreeningLogModel.cpp" line="32"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../ui/models/ScreeningLogModel.cpp" line="44"/>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../ui/models/ScreeningLogModel.cpp" line="45"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/models/ScreeningLogModel.cpp" line="46"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/models/ScreeningLogModel.cpp" line="47"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../ui/models/ScreeningLogModel.cpp" line="48"/>
        <source>Failed criteria</source>
        <translation>不符合的标准</translation>
    </message>
    <message>
        <location filename="../ui/models/ScreeningLogModel.cpp" line="49"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>muco::ui::ScreeningTab</name>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="49"/>
        <source>0 Fully active, able to carry on all pre-disease performance without restriction</source>
        <translation>0 完全活动，能不受限制地进行所有病前活动</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="50"/>
        <source>1 Restricted in physically strenuous activity but ambulatory and able to carry out work of a light or sedentary nature, e.g., light house work, office work</source>
        <translation>1 重体力活动受限，但能走动，能从事轻度或坐着的工作，如轻家务、办公室工作</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="51"/>
        <source>2 Ambulatory and capable of all selfcare but unable to carry out any work activities. Up and about more than 50% of waking hours</source>
        <translation>2 能走动，生活能完全自理，但不能从事任何工作；清醒时间中 50% 以上可下床活动</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="52"/>
        <source>3 Capable of only limited selfcare, confined to bed or chair more than 50% of waking hours</source>
        <translation>3 生活仅能部分自理，清醒时间中 50% 以上卧床或坐椅</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="53"/>
        <source>4 Completely disabled. Cannot carry on any selfcare. Totally confined to bed or chair</source>
        <translation>4 完全失能，生活完全不能自理，完全卧床或坐椅</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="54"/>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="81"/>
        <source>5 Dead</source>
        <translation>5 死亡</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="62"/>
        <source>&amp;Save screening</source>
        <translation>保存筛选(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="73"/>
        <source>Radical</source>
        <translation>根治性</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="74"/>
        <source>Palliative</source>
        <translation>姑息性</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="72"/>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="76"/>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="110"/>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="139"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="63"/>
        <source>Si&amp;gn decision...</source>
        <translation>签署决定(&amp;G)...</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="63"/>
        <source>Screen &amp;again</source>
        <translation>重新筛选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="80"/>
        <source>0 Fully active</source>
        <translation>0 活动完全正常</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="80"/>
        <source>1 Restricted in strenuous activity</source>
        <translation>1 剧烈活动受限</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="80"/>
        <source>2 Ambulatory, capable of self-care</source>
        <translation>2 能走动，生活能自理</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="81"/>
        <source>3 Limited self-care</source>
        <translation>3 生活仅能部分自理</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="81"/>
        <source>4 Completely disabled</source>
        <translation>4 完全丧失活动能力</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="96"/>
        <source>Assessment &amp;date:</source>
        <translation>评估日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="97"/>
        <source>Radiotherapy &amp;intent:</source>
        <translation>放疗目的(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="98"/>
        <source>&amp;ECOG:</source>
        <translation>ECOG(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="110"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="110"/>
        <source>On date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="119"/>
        <source>enter the date</source>
        <translation>输入日期</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="139"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="139"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="193"/>
        <source>Start a new screening of this screen failure, dated today, from the answers signed</source>
        <translation>以已签署的答案为基础，为此筛选失败患者开始一次新的筛选，日期为今天</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="282"/>
        <source>%1: %2, %3%4</source>
        <translation>%1：%2，%3%4</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="283"/>
        <source>signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="283"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="284"/>
        <source> by %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="308"/>
        <source>Screenings: </source>
        <translation>筛选记录：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="316"/>
        <source>Screening is closed: the patient&apos;s status is %1.</source>
        <translation>筛选已关闭：患者状态为%1。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="325"/>
        <source>%1 passes</source>
        <translation>%1 符合</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="326"/>
        <source>%1 fails</source>
        <translation>%1 不符合</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="327"/>
        <source>%1 is missing</source>
        <translation>%1 缺少数据</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="328"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="332"/>
        <source>no criterion decides otherwise.</source>
        <translation>没有任何标准的判定发生变化。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="333"/>
        <source>%1; the screening would read &quot;%2&quot;.</source>
        <translation>%1；筛选结果将为“%2”。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="335"/>
        <source>The birth date was corrected after this decision was signed: %1 then, %2 now. With the date now, %3 The investigator reviews the eligibility.</source>
        <translation>此判定签署后出生日期已被更正：签署时为 %1，现为 %2。按现在的日期，%3 请研究者复核入选资格。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="367"/>
        <source>Signed eligible by %1 on %2.</source>
        <translation>%1 于 %2 签署为合格。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="367"/>
        <source>Signed not eligible by %1 on %2.</source>
        <translation>%1 于 %2 签署为不合格。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="369"/>
        <source>No lab results were used.</source>
        <translation>未使用检验结果。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="369"/>
        <source>Labs as screened: </source>
        <translation>筛选时所用检验：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="372"/>
        <source>Eligible: every criterion is met.</source>
        <translation>合格：所有标准均符合。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="373"/>
        <source>Not eligible: a criterion fails.</source>
        <translation>不合格：有标准不符合。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="374"/>
        <source>Incomplete: answer the criteria marked missing.</source>
        <translation>不完整：请补充标为缺失的标准。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="375"/>
        <source>No lab results inside the site&apos;s window.</source>
        <translation>站点时间窗内无检验结果。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="376"/>
        <source>Labs used: </source>
        <translation>所用检验：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="417"/>
        <source>The screening</source>
        <translation>筛选记录</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="427"/>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="463"/>
        <source>The screening is incomplete: answer every criterion before signing the decision.</source>
        <translation>筛选尚未完成：请先回答每一项标准，再签署决定。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="467"/>
        <source>eligible</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="467"/>
        <source>not eligible</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="469"/>
        <source>%1 is %2 (screening of %3)</source>
        <translation>%1 %2（%3 的筛选）</translation>
    </message>
</context>
<context>
    <name>muco::ui::SdvListModel</name>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="11"/>
        <source>Verified</source>
        <translation>已核查</translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="13"/>
        <source>Changed since verified: verify again</source>
        <translation>核查后已被修改：请重新核查</translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="15"/>
        <source>Not verified</source>
        <translation>未核查</translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="68"/>
        <source>The protocol names every record of this kind for verification.</source>
        <translation>方案规定此类记录须逐条核查。</translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="70"/>
        <source>Chosen for verification by the monitoring plan&apos;s share of this site&apos;s records.</source>
        <translation>按监查计划对本中心记录的抽样比例选中，须核查。</translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="72"/>
        <source>Neither critical nor in the monitoring plan&apos;s sample: verifying it is optional.</source>
        <translation>既非关键记录，也不在监查计划的抽样中：可不核查。</translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="81"/>
        <source>Critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="81"/>
        <source>Sampled</source>
        <translation>抽样</translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="94"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="95"/>
        <source>Protocol</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="96"/>
        <source>Source data verification</source>
        <translation>源数据核查</translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="97"/>
        <source>Last verified by</source>
        <translation>最近核查人</translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="98"/>
        <source>Last verified at</source>
        <translation>最近核查时间</translation>
    </message>
</context>
<context>
    <name>muco::ui::ShortcutMap</name>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="17"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="17"/>
        <source>Open the user guide at this screen</source>
        <translation>打开用户指南中与当前界面对应的页面</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="18"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="18"/>
        <source>New patient</source>
        <translation>新建患者</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="19"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="19"/>
        <source>Patient details</source>
        <translation>患者资料</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="20"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="20"/>
        <source>Go to the patient filter</source>
        <translation>跳到患者筛选框</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="21"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="21"/>
        <source>Today: the patients due for a fraction, a grade or labs</source>
        <translation>今日：应做放疗分次、分级或检验的患者</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="22"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="22"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="23"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="23"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="24"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="24"/>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="25"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="25"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="26"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="26"/>
        <source>Grade a visit of the selected patient</source>
        <translation>为所选患者的访视分级</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="27"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="27"/>
        <source>Deliver today&apos;s fraction to the selected patient</source>
        <translation>为所选患者执行今日分次</translation>
    </message>
</context>
<context>
    <name>muco::ui::SignInPage</name>
    <message>
        <location filename="../ui/SignInPage.cpp" line="17"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../ui/SignInPage.cpp" line="39"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/SignInPage.cpp" line="40"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/SignInPage.cpp" line="49"/>
        <source>DEMO site: sign in as doctor, nurse, coord, monitor or admin; the password is &quot;%1&quot;.</source>
        <translation>演示站点：可用 doctor、nurse、coord、monitor 或 admin 登录；密码为“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/SignInPage.cpp" line="68"/>
        <source>MucoTrack is locked</source>
        <translation>MucoTrack 已锁定</translation>
    </message>
    <message>
        <location filename="../ui/SignInPage.cpp" line="68"/>
        <source>Sign in to MucoTrack</source>
        <translation>登录 MucoTrack</translation>
    </message>
    <message>
        <location filename="../ui/SignInPage.cpp" line="69"/>
        <source>Site database: %1</source>
        <translation>站点数据库：%1</translation>
    </message>
    <message>
        <location filename="../ui/SignInPage.cpp" line="87"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>muco::ui::SignatureDialog</name>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="34"/>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="37"/>
        <source>&lt;b&gt;Meaning of this signature:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;此签名的含义：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="40"/>
        <source>Signed by:</source>
        <translation>签名人：</translation>
    </message>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="41"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="43"/>
        <source>&amp;Sign</source>
        <translation>签名(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="50"/>
        <source>&lt;b&gt;Signing:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;签署内容：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>muco::ui::SiteSettingsDialog</name>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="25"/>
        <source>Site settings</source>
        <translation>站点设置</translation>
    </message>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="27"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="30"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="34"/>
        <source>&amp;Lock after inactivity:</source>
        <translation>无操作后锁定(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="35"/>
        <source>Labs used for &amp;screening are at most:</source>
        <translation>筛选所用检验距今不超过(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="40"/>
        <source>Holidays (no treatment)</source>
        <translation>节假日（不治疗）</translation>
    </message>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="49"/>
        <source>Name, e.g. Spring Festival</source>
        <translation>名称，如春节</translation>
    </message>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="51"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="52"/>
        <source>&amp;Remove selected</source>
        <translation>删除所选(&amp;R)</translation>
    </message>
</context>
<context>
    <name>muco::ui::SourceVerificationTab</name>
    <message>
        <location filename="../ui/workspace/SourceVerificationTab.cpp" line="23"/>
        <source>&amp;Mark verified...</source>
        <translation>标记为已核查(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../ui/workspace/SourceVerificationTab.cpp" line="23"/>
        <source>Raise &amp;query on this record...</source>
        <translation>就此记录发起质疑(&amp;Q)...</translation>
    </message>
    <message>
        <location filename="../ui/workspace/SourceVerificationTab.cpp" line="77"/>
        <source>Every record of this patient to verify is verified as it stands.</source>
        <translation>该患者须核查的记录均已按现值核查。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/SourceVerificationTab.cpp" line="78"/>
        <source>Records of this patient still to verify: %1 (the protocol&apos;s critical items: screening, randomization, radiotherapy, grades, adverse events; and the records the monitoring plan samples from the rest).</source>
        <translation>该患者尚待核查的记录：%1 条（方案规定的关键项：筛选、随机化、放疗、分级、不良事件；以及监查计划从其余记录中抽样的记录）。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/SourceVerificationTab.cpp" line="118"/>
        <source>Query not closed</source>
        <translation>质疑尚未关闭</translation>
    </message>
    <message>
        <location filename="../ui/workspace/SourceVerificationTab.cpp" line="119"/>
        <source>%1 has a query not closed yet on %2. Mark it verified anyway?</source>
        <translation>%1 的 %2 仍有未关闭的质疑。仍要标记为已核查吗？</translation>
    </message>
    <message>
        <location filename="../ui/workspace/SourceVerificationTab.cpp" line="128"/>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
</context>
<context>
    <name>muco::ui::StudyDrugTab</name>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="26"/>
        <source>Record as &amp;not taken</source>
        <translation>记为未用药(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="26"/>
        <source>&amp;Clear (recorded in error)...</source>
        <translation>清除（误录）(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="37"/>
        <source>Exosome spray, about 1.5 mL, three times a day 30 minutes after each main meal, from the first day of radiotherapy through the end of the course. Space checks the selected dose as taken; N records a dose missed as not taken. A blank dose is not documented yet.</source>
        <translation>外泌体喷雾，每次约 1.5 mL，每日三次，于三餐后 30 分钟使用，自放疗第一天起至疗程结束。空格键将所选剂次勾选为已用药；N 键将漏用的剂次记为未用药。空白的剂次表示尚未记录。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="49"/>
        <source>Record the selected dose as not taken (N)</source>
        <translation>将所选剂次记为未用药 (N)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="55"/>
        <source>Remove a dose recorded in error: it reads as not documented yet (Delete)</source>
        <translation>清除误录的剂次：清除后显示为尚未记录 (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="60"/>
        <source>Remove the selected dose recorded in error: it reads as not documented yet</source>
        <translation>清除所选误录的剂次：清除后显示为尚未记录</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="144"/>
        <source>The diary opens once the patient is randomized to the experimental arm.</source>
        <translation>患者随机分入试验组后，用药日志才会开启。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="145"/>
        <source>Control arm: no study drug is given, so there is no diary.</source>
        <translation>对照组：不使用研究药物，因此没有用药日志。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="152"/>
        <source>The diary starts with the radiotherapy plan; none is recorded yet.</source>
        <translation>用药日志从放疗计划开始；目前尚未记录放疗计划。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="157"/>
        <source>The diary starts with radiotherapy, on %1.</source>
        <translation>用药日记自放疗开始之日（%1）起记录。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="179"/>
        <source>No dose is due yet: the first is after breakfast today.</source>
        <translation>尚无到时的剂次：第一剂在今天早餐后。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="181"/>
        <source>Adherence: %1 of %2 doses (%3%); %4 not taken, %5 not documented yet</source>
        <translation>依从性：%2 剂次中已用 %1 剂次（%3%）；未用药 %4 剂次，尚未记录 %5 剂次</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="204"/>
        <source>%1 is recorded as taken; unchecking it records it as not taken. A dose checked by mistake is cleared instead: Cancel, then Clear (recorded in error).</source>
        <translation>%1已记录为已用药；取消勾选后将记为未用药。误勾选的剂量应改为清除：先取消，再点“清除（误录）”。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="82"/>
        <source>The dose &quot;%1&quot; of %2</source>
        <translation>%2 的“%1”剂次</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="106"/>
        <source>%1 is being cleared as recorded in error: it will read as not documented yet.</source>
        <translation>%1将作为误录被清除：清除后显示为尚未记录。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="203"/>
        <source>%1 is recorded as not taken; checking it records it as taken.</source>
        <translation>%1已记录为未用药；勾选后将记为已用药。</translation>
    </message>
</context>
<context>
    <name>muco::ui::SyncController</name>
    <message>
        <location filename="../ui/SyncController.cpp" line="50"/>
        <source>Sync: synchronising...</source>
        <translation>同步：正在同步...</translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="71"/>
        <source>Sync: status unavailable (%1)</source>
        <translation>同步：无法获取状态（%1）</translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="74"/>
        <source>Sync: no central site configured</source>
        <translation>同步：未配置中心站点</translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="76"/>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="77"/>
        <source>never synchronised</source>
        <translation>从未同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SyncController.cpp" line="78"/>
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n 项更改待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SyncController.cpp" line="80"/>
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n 个冲突待解决</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="82"/>
        <source>offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="82"/>
        <source>not synchronised: %1</source>
        <translation>未同步：%1</translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="85"/>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
</context>
<context>
    <name>muco::ui::TodayModel</name>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="64"/>
        <source>Fraction %1 of %2</source>
        <translation>放疗第 %1/%2 次</translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="139"/>
        <source>Grade: %1</source>
        <translation>分级：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="140"/>
        <source>Sign the grade: %1</source>
        <translation>签署分级：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="141"/>
        <source>Labs: %1</source>
        <translation>检验：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="147"/>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="149"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="153"/>
        <source>OVERDUE</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="155"/>
        <source>due today</source>
        <translation>今日应做</translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="156"/>
        <source>due, last day</source>
        <translation>应做（最后一天）</translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="156"/>
        <source>due</source>
        <translation>应做</translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="166"/>
        <source>Subject ID</source>
        <translation>受试者编号</translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="167"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="168"/>
        <source>Due</source>
        <translation>应做事项</translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="169"/>
        <source>Window</source>
        <translation>时间窗</translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="170"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>muco::ui::TodayView</name>
    <message>
        <location filename="../ui/TodayView.cpp" line="71"/>
        <source>A row shows its patient; Enter opens the form: the fraction, the grading wizard, the visit to sign, or labs.</source>
        <translation>选中一行即显示该患者；按 Enter 打开相应表单：放疗分次、分级向导、待签名的访视或检验。</translation>
    </message>
    <message>
        <location filename="../ui/TodayView.cpp" line="251"/>
        <source>&lt;b&gt;Today, %1&lt;/b&gt;: patients due: %2</source>
        <translation>&lt;b&gt;今日 %1&lt;/b&gt;：应诊患者 %2 名</translation>
    </message>
    <message>
        <location filename="../ui/TodayView.cpp" line="253"/>
        <source>, &lt;b&gt;overdue: %1&lt;/b&gt;</source>
        <translation>，&lt;b&gt;逾期 %1 项&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>muco::ui::VisitListModel</name>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="64"/>
        <source>%1 (correction: %2)</source>
        <translation>%1（更正：%2）</translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="80"/>
        <source>Visit</source>
        <translation>访视</translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="81"/>
        <source>Fraction</source>
        <translation>分次</translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="82"/>
        <source>Dose (Gy)</source>
        <translation>剂量 (Gy)</translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="83"/>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="84"/>
        <source>CTCAE</source>
        <translation>CTCAE</translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="85"/>
        <source>RTOG</source>
        <translation>RTOG</translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="86"/>
        <source>OMAS</source>
        <translation>OMAS</translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="87"/>
        <source>Sores (PRO)</source>
        <translation>溃疡 (PRO)</translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="88"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="89"/>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
</context>
<context>
    <name>muco::ui::VisitsTab</name>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="24"/>
        <source>&amp;Grade a visit...</source>
        <translation>访视分级(&amp;G)...</translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="25"/>
        <source>S&amp;ign draft...</source>
        <translation>签署草稿(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="25"/>
        <source>&amp;Correct...</source>
        <translation>更正(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="33"/>
        <source>Ctrl+G from any tab of the patient</source>
        <translation>在该患者的任一选项卡按 Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="91"/>
        <source>%1 (%2 to %3): missing %4</source>
        <translation>%1（%2 至 %3）：缺少%4</translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="102"/>
        <source>Overdue:</source>
        <translation>逾期：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="104"/>
        <source>Due now:</source>
        <translation>当前应做：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="106"/>
        <source>Next:</source>
        <translation>下一次：</translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="107"/>
        <source>%1, from %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="109"/>
        <source>The visit schedule starts with the radiotherapy plan.</source>
        <translation>访视计划在制定放疗计划后开始。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="109"/>
        <source>Every scheduled visit is done.</source>
        <translation>所有计划内访视均已完成。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="140"/>
        <source>the grading of %1, visit of %2</source>
        <translation>%1 于 %2 就诊的分级</translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="161"/>
        <source>Only a signed assessment is corrected; sign or re-record the draft.</source>
        <translation>只能更正已签名的评估；请签署或重新记录草稿。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="164"/>
        <source>A signed assessment of %1 is being corrected.</source>
        <translation>正在更正 %1 的已签名评估。</translation>
    </message>
</context>
<context>
    <name>muco::ui::WorkspaceTab</name>
    <message>
        <location filename="../ui/workspace/WorkspaceTab.cpp" line="8"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
</TS>
