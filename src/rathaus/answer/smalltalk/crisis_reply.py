"""What rathaus answers someone in a crisis (crisis_words.py), per language: the
help numbers. Plain data beside the other replies (replies.py)."""

# To someone in a crisis (crisis_words.py): the help numbers, in the citizen's language (Serbian and Bosnian
# read "hr"). Numbers exactly as the services publish them; the names "TelefonSeelsorge" and „Gewalt gegen
# Frauen“ stay German (that is what citizens will hear on the phone and find online), with a short gloss.
CRISIS_REPLY = {
    "de": (
        "Es tut mir sehr leid, dass es Ihnen so geht. Sie sind nicht allein. Wenn Sie in akuter Gefahr sind, rufen Sie "
        "sofort 112 (Notruf: Feuerwehr und Rettungsdienst) oder 110 (Polizei). Die TelefonSeelsorge ist kostenlos, "
        "anonym und Tag und Nacht erreichbar: 0800 111 0 111, 0800 111 0 222 oder 116 123, auch im Chat unter "
        "online.telefonseelsorge.de. Bei Gewalt gegen Frauen: Hilfetelefon „Gewalt gegen Frauen“ 116 016 – kostenlos, "
        "Tag und Nacht, auch mit Dolmetscherinnen in vielen Sprachen. Wenn Sie möchten, verbinde ich Sie auch mit "
        "einer Mitarbeiterin oder einem Mitarbeiter der Verwaltung."
    ),
    "en": (
        "I am very sorry that you are going through this. You are not alone. If you are in acute danger, call 112 "
        "(emergency: fire brigade and ambulance) or 110 (police) right away. The TelefonSeelsorge (telephone "
        "counselling) is free, anonymous and available day and night: 0800 111 0 111, 0800 111 0 222 or 116 123, also "
        "by chat at online.telefonseelsorge.de. For violence against women: the helpline „Gewalt gegen Frauen“ "
        "(violence against women) 116 016 – free, day and night, also with interpreters in many languages. If you "
        "wish, I can also put you in touch with a member of staff of the city administration."
    ),
    "uk": (
        "Мені дуже шкода, що вам зараз так важко. Ви не самі. Якщо ви в гострій небезпеці, негайно телефонуйте 112 "
        "(екстрений виклик: пожежна служба і швидка допомога) або 110 (поліція). TelefonSeelsorge (телефон довіри) – "
        "безкоштовно, анонімно, цілодобово: 0800 111 0 111, 0800 111 0 222 або 116 123, також чат на "
        "online.telefonseelsorge.de. У разі насильства щодо жінок: гаряча лінія „Gewalt gegen Frauen“ («Насильство "
        "щодо жінок») 116 016 – безкоштовно, цілодобово, також із перекладачами багатьма мовами. Якщо бажаєте, я також "
        "можу з'єднати вас із працівницею або працівником міської адміністрації."
    ),
    "ru": (
        "Мне очень жаль, что вам сейчас так тяжело. Вы не одни. Если вы в острой опасности, немедленно звоните 112 "
        "(экстренный вызов: пожарные и скорая помощь) или 110 (полиция). TelefonSeelsorge (телефон доверия) – "
        "бесплатно, анонимно, круглосуточно: 0800 111 0 111, 0800 111 0 222 или 116 123, а также чат на "
        "online.telefonseelsorge.de. При насилии в отношении женщин: горячая линия „Gewalt gegen Frauen“ («Насилие в "
        "отношении женщин») 116 016 – бесплатно, круглосуточно, также с переводчиками на многие языки. Если хотите, я "
        "также могу связать вас с сотрудницей или сотрудником городской администрации."
    ),
    "ar": (
        "يؤسفني جدًا أنك تمرّ بهذا. لستَ وحدك. إذا كنت في خطر داهم، فاتصل فورًا بالرقم 112 (الطوارئ: الإطفاء والإسعاف) "
        "أو 110 (الشرطة). خدمة TelefonSeelsorge (خط الدعم النفسي الهاتفي) مجانية ودون الكشف عن هويتك وعلى مدار الساعة: "
        "0800 111 0 111 أو 0800 111 0 222 أو 116 123، ويمكن أيضًا المحادثة عبر online.telefonseelsorge.de. في حالات "
        "العنف ضد النساء: خط المساعدة „Gewalt gegen Frauen“ («العنف ضد النساء») على الرقم 116 016 – مجاني وعلى مدار "
        "الساعة، ومع مترجمين بلغات كثيرة أيضًا. إذا رغبت، يمكنني أيضًا أن أصلك بموظفة أو موظف في إدارة المدينة."
    ),
    "tr": (
        "Bunları yaşadığınız için çok üzgünüm. Yalnız değilsiniz. Acil bir tehlike içindeyseniz hemen 112'yi (acil "
        "çağrı: itfaiye ve ambulans) veya 110'u (polis) arayın. TelefonSeelsorge (telefonla manevi destek hattı) "
        "ücretsiz, anonim ve gece gündüz ulaşılabilir: 0800 111 0 111, 0800 111 0 222 veya 116 123; "
        "online.telefonseelsorge.de adresinde sohbet (chat) de var. Kadına yönelik şiddette: „Gewalt gegen Frauen“ "
        "(Kadına Yönelik Şiddet) yardım hattı 116 016 – ücretsiz, gece gündüz, birçok dilde tercümanla da. İsterseniz "
        "sizi belediyeden bir çalışanla da görüştürebilirim."
    ),
    "fa": (
        "بسیار متأسفم که چنین شرایط سختی دارید. شما تنها نیستید. اگر در خطر فوری هستید، همین حالا با 112 (اورژانس: "
        "آتش‌نشانی و آمبولانس) یا 110 (پلیس) تماس بگیرید. TelefonSeelsorge (خط تلفنی مشاوره و همدلی) رایگان، ناشناس و "
        "شبانه‌روزی است: 0800 111 0 111، 0800 111 0 222 یا 116 123؛ گفت‌وگوی آنلاین هم در online.telefonseelsorge.de "
        "هست. در موارد خشونت علیه زنان: خط کمک „Gewalt gegen Frauen“ («خشونت علیه زنان») با شماره 116 016 – رایگان، "
        "شبانه‌روزی و با مترجم به زبان‌های بسیار. اگر مایل باشید، می‌توانم شما را با یکی از کارکنان شهرداری هم در تماس "
        "قرار دهم."
    ),
    "ps": (
        "ډېر خواشینی یم چې تاسو له داسې سختۍ سره مخ یاست. تاسو یوازې نه یاست. که په بیړني خطر کې یاست، سمدستي 112 "
        "(بیړني خدمتونه: اور وژونکي او امبولانس) یا 110 (پولیس) ته زنګ ووهئ. TelefonSeelsorge (د رواني ملاتړ ټیلیفوني "
        "کرښه) وړیا، بې نومه او شپه و ورځ فعاله ده: 0800 111 0 111، 0800 111 0 222 یا 116 123؛ په "
        "online.telefonseelsorge.de کې چټ هم شته. د ښځو پر وړاندې د تاوتریخوالي په صورت کې: د مرستې کرښه „Gewalt gegen "
        "Frauen“ («د ښځو پر وړاندې تاوتریخوالی») 116 016 – وړیا، شپه و ورځ، په ډېرو ژبو له ژباړونکو سره هم. که وغواړئ، "
        "زه تاسو د ښاروالۍ له یوې کارکوونکې یا کارکوونکي سره هم نښلولی شم."
    ),
    "ckb": (
        "زۆر خەمبارم کە ئێوە بەم بارە قورسەدا تێدەپەڕن. ئێوە تەنیا نین. ئەگەر لە مەترسیی ڕاستەوخۆدان، دەستبەجێ "
        "پەیوەندی بە 112 (فریاکەوتن: ئاگرکوژێنەوە و ئەمبولانس) یان 110 (پۆلیس) بکەن. TelefonSeelsorge (هێڵی تەلەفۆنیی "
        "پشتگیریی دەروونی) بێبەرامبەر، بێناو و شەو و ڕۆژ بەردەستە: 0800 111 0 111، 0800 111 0 222 یان 116 123؛ چاتیش "
        "لە online.telefonseelsorge.de هەیە. بۆ توندوتیژی دژی ئافرەتان: هێڵی یارمەتی „Gewalt gegen Frauen“ («توندوتیژی "
        "دژی ئافرەتان») 116 016 – بێبەرامبەر، شەو و ڕۆژ، هەروەها لەگەڵ وەرگێڕ بە زۆر زمان. ئەگەر بتانەوێت، دەتوانم "
        "ئێوە بە فەرمانبەرێکی شارەوانییەوە ببەستمەوە."
    ),
    "pl": (
        "Bardzo mi przykro, że przechodzi Pan/Pani przez coś tak trudnego. Nie jest Pan/Pani z tym sam/sama. W razie "
        "bezpośredniego zagrożenia proszę natychmiast dzwonić pod 112 (numer alarmowy: straż pożarna i pogotowie) lub "
        "110 (policja). TelefonSeelsorge (telefon zaufania) – bezpłatnie, anonimowo, całą dobę: 0800 111 0 111, "
        "0800 111 0 222 lub 116 123, także czat na online.telefonseelsorge.de. W przypadku przemocy wobec kobiet: "
        "telefon pomocy „Gewalt gegen Frauen“ („Przemoc wobec kobiet“) 116 016 – bezpłatnie, całą dobę, także z "
        "tłumaczami w wielu językach. Jeśli Pan/Pani sobie życzy, mogę też połączyć Pana/Panią z pracownicą lub "
        "pracownikiem urzędu miasta."
    ),
    "ro": (
        "Îmi pare foarte rău că treceți prin așa ceva. Nu sunteți singur(ă). Dacă sunteți în pericol imediat, sunați "
        "imediat la 112 (urgențe: pompieri și ambulanță) sau 110 (poliție). TelefonSeelsorge (linie telefonică de "
        "sprijin emoțional) – gratuit, anonim, zi și noapte: 0800 111 0 111, 0800 111 0 222 sau 116 123, și prin chat "
        "la online.telefonseelsorge.de. În caz de violență împotriva femeilor: linia de ajutor „Gewalt gegen Frauen“ "
        "(„Violență împotriva femeilor“) 116 016 – gratuit, zi și noapte, și cu interpreți în multe limbi. Dacă "
        "doriți, vă pot pune în legătură și cu o angajată sau un angajat al primăriei."
    ),
    "fr": (
        "Je suis vraiment désolé que vous traversiez cela. Vous n'êtes pas seul(e). En cas de danger immédiat, appelez "
        "tout de suite le 112 (urgences : pompiers et secours) ou le 110 (police). La TelefonSeelsorge (écoute "
        "téléphonique) est gratuite, anonyme et joignable jour et nuit : 0800 111 0 111, 0800 111 0 222 ou 116 123, "
        "aussi par chat sur online.telefonseelsorge.de. En cas de violences faites aux femmes : la ligne d'aide "
        "„Gewalt gegen Frauen“ (violences faites aux femmes) 116 016 – gratuite, jour et nuit, aussi avec des "
        "interprètes dans de nombreuses langues. Si vous le souhaitez, je peux aussi vous mettre en relation avec une "
        "agente ou un agent de l'administration municipale."
    ),
    "es": (
        "Siento mucho que esté pasando por esto. No está solo(a). Si está en peligro inmediato, llame enseguida al 112 "
        "(emergencias: bomberos y ambulancia) o al 110 (policía). La TelefonSeelsorge (línea de apoyo emocional) es "
        "gratuita, anónima y atiende día y noche: 0800 111 0 111, 0800 111 0 222 o 116 123, también por chat en "
        "online.telefonseelsorge.de. En caso de violencia contra las mujeres: la línea de ayuda „Gewalt gegen Frauen“ "
        "(violencia contra las mujeres) 116 016 – gratuita, día y noche, también con intérpretes en muchos idiomas. Si "
        "lo desea, también puedo ponerle en contacto con una empleada o un empleado de la administración municipal."
    ),
    "it": (
        "Mi dispiace molto che stia attraversando tutto questo. Non è solo(a). Se è in pericolo immediato, chiami "
        "subito il 112 (emergenza: vigili del fuoco e soccorso sanitario) o il 110 (polizia). La TelefonSeelsorge "
        "(ascolto telefonico) è gratuita, anonima e raggiungibile giorno e notte: 0800 111 0 111, 0800 111 0 222 o "
        "116 123, anche in chat su online.telefonseelsorge.de. In caso di violenza contro le donne: la linea di aiuto "
        "„Gewalt gegen Frauen“ (violenza contro le donne) 116 016 – gratuita, giorno e notte, anche con interpreti in "
        "molte lingue. Se lo desidera, posso anche metterla in contatto con una collaboratrice o un collaboratore "
        "dell'amministrazione comunale."
    ),
    "hr": (
        "Jako mi je žao što prolazite kroz ovo. Niste sami. Ako ste u neposrednoj opasnosti, odmah nazovite 112 (hitni "
        "poziv: vatrogasci i hitna pomoć) ili 110 (policija). TelefonSeelsorge (telefon za psihološku podršku) – "
        "besplatno, anonimno, danju i noću: 0800 111 0 111, 0800 111 0 222 ili 116 123, a i putem chata na "
        "online.telefonseelsorge.de. Kod nasilja nad ženama: linija za pomoć „Gewalt gegen Frauen“ („Nasilje nad "
        "ženama“) 116 016 – besplatno, danju i noću, i uz tumače na mnogim jezicima. Ako želite, mogu Vas povezati i "
        "sa službenicom ili službenikom gradske uprave."
    ),
    "el": (
        "Λυπάμαι πολύ που περνάτε κάτι τέτοιο. Δεν είστε μόνοι. Αν βρίσκεστε σε άμεσο κίνδυνο, καλέστε αμέσως το 112 "
        "(έκτακτη ανάγκη: πυροσβεστική και ασθενοφόρο) ή το 110 (αστυνομία). Η TelefonSeelsorge (γραμμή ψυχολογικής "
        "υποστήριξης) είναι δωρεάν, ανώνυμη και διαθέσιμη μέρα και νύχτα: 0800 111 0 111, 0800 111 0 222 ή 116 123, "
        "και μέσω chat στο online.telefonseelsorge.de. Σε περίπτωση βίας κατά των γυναικών: η γραμμή βοήθειας „Gewalt "
        "gegen Frauen“ («Βία κατά των γυναικών») 116 016 – δωρεάν, μέρα και νύχτα, και με διερμηνείς σε πολλές "
        "γλώσσες. Αν θέλετε, μπορώ επίσης να σας φέρω σε επαφή με μια υπάλληλο ή έναν υπάλληλο της δημοτικής διοίκησης."
    ),
    "bg": (
        "Много съжалявам, че ви е толкова тежко. Не сте сами. Ако сте в непосредствена опасност, веднага се обадете на "
        "112 (спешни случаи: пожарна и бърза помощ) или 110 (полиция). TelefonSeelsorge (телефон за психологическа "
        "подкрепа) – безплатно, анонимно, денонощно: 0800 111 0 111, 0800 111 0 222 или 116 123, също и чат на "
        "online.telefonseelsorge.de. При насилие срещу жени: линия за помощ „Gewalt gegen Frauen“ („Насилие срещу "
        "жени“) 116 016 – безплатно, денонощно, също с преводачи на много езици. Ако желаете, мога да ви свържа и със "
        "служителка или служител на градската администрация."
    ),
    "cs": (
        "Je mi velmi líto, že procházíte něčím tak těžkým. Nejste na to sami. Pokud jste v bezprostředním nebezpečí, "
        "volejte ihned 112 (tísňové volání: hasiči a záchranná služba) nebo 110 (policie). TelefonSeelsorge (linka "
        "důvěry) – zdarma, anonymně, ve dne i v noci: 0800 111 0 111, 0800 111 0 222 nebo 116 123, také chat na "
        "online.telefonseelsorge.de. Při násilí na ženách: linka pomoci „Gewalt gegen Frauen“ („Násilí na ženách“) "
        "116 016 – zdarma, ve dne i v noci, také s tlumočníky v mnoha jazycích. Pokud si přejete, mohu Vás také spojit "
        "s pracovnicí nebo pracovníkem městského úřadu."
    ),
    "nl": (
        "Het spijt me heel erg dat u dit doormaakt. U staat er niet alleen voor. Bent u in acuut gevaar, bel dan "
        "meteen 112 (noodnummer: brandweer en ambulance) of 110 (politie). De TelefonSeelsorge (telefonische hulplijn) "
        "is gratis, anoniem en dag en nacht bereikbaar: 0800 111 0 111, 0800 111 0 222 of 116 123, ook via chat op "
        "online.telefonseelsorge.de. Bij geweld tegen vrouwen: de hulplijn „Gewalt gegen Frauen“ (geweld tegen "
        "vrouwen) 116 016 – gratis, dag en nacht, ook met tolken in veel talen. Als u wilt, breng ik u ook in contact "
        "met een medewerker van de gemeente."
    ),
    "hu": (
        "Nagyon sajnálom, hogy ilyen nehéz helyzetben van. Nincs egyedül. Ha közvetlen veszélyben van, azonnal hívja a "
        "112-t (segélyhívó: tűzoltóság és mentők) vagy a 110-et (rendőrség). A TelefonSeelsorge (lelkisegély-telefon) "
        "ingyenes, névtelen, és éjjel-nappal elérhető: 0800 111 0 111, 0800 111 0 222 vagy 116 123, chaten is: "
        "online.telefonseelsorge.de. Nők elleni erőszak esetén: a „Gewalt gegen Frauen“ (Nők elleni erőszak) "
        "segélyvonal 116 016 – ingyenes, éjjel-nappal, sok nyelven tolmáccsal is. Ha szeretné, a városi önkormányzat "
        "egyik munkatársával is kapcsolatba hozhatom."
    ),
    "zh": (
        "很遗憾您正在经历这样的困境。您并不孤单。如果您正处于紧急危险中，请立即拨打 112（急救：消防和救护车）"
        "或 110（警察）。TelefonSeelsorge（心理咨询热线）免费、匿名、昼夜服务：0800 111 0 111、"
        "0800 111 0 222 或 116 123，也可在 online.telefonseelsorge.de 在线聊天。如遇针对女性的暴力："
        "求助热线„Gewalt gegen Frauen“（“针对女性的暴力”）116 016——免费、昼夜服务，也提供多种语言的口译。如果您愿意，"
        "我也可以为您联系市政府的工作人员。"
    ),
    "pt": (
        "Lamento muito que esteja passando por isso. Você não está sozinho(a). Se estiver em perigo imediato, ligue já "
        "para o 112 (emergência: bombeiros e ambulância) ou o 110 (polícia). A TelefonSeelsorge (linha de apoio "
        "emocional) é gratuita, anônima e funciona dia e noite: 0800 111 0 111, 0800 111 0 222 ou 116 123, também por "
        "chat em online.telefonseelsorge.de. Em caso de violência contra mulheres: a linha de ajuda „Gewalt gegen "
        "Frauen“ (violência contra mulheres) 116 016 – gratuita, dia e noite, também com intérpretes em muitas "
        "línguas. Se desejar, posso também colocá-lo(a) em contato com uma funcionária ou um funcionário da "
        "administração municipal."
    ),
    "sq": (
        "Më vjen shumë keq që po kaloni diçka të tillë. Nuk jeni vetëm. Nëse jeni në rrezik të menjëhershëm, "
        "telefononi menjëherë 112 (urgjenca: zjarrfikësit dhe ambulanca) ose 110 (policia). TelefonSeelsorge (linjë "
        "telefonike për mbështetje emocionale) – falas, anonime, ditë e natë: 0800 111 0 111, 0800 111 0 222 ose "
        "116 123, edhe me chat në online.telefonseelsorge.de. Për dhunë ndaj grave: linja e ndihmës „Gewalt gegen "
        "Frauen“ („Dhuna ndaj grave“) 116 016 – falas, ditë e natë, edhe me përkthyes në shumë gjuhë. Nëse dëshironi, "
        "mund t'ju lidh edhe me një punonjëse ose punonjës të administratës së qytetit."
    ),
    "vi": (
        "Tôi rất tiếc khi biết quý vị đang trải qua điều này. Quý vị không đơn độc. Nếu quý vị đang gặp nguy hiểm cấp "
        "bách, hãy gọi ngay 112 (cấp cứu: cứu hỏa và xe cứu thương) hoặc 110 (cảnh sát). TelefonSeelsorge (đường dây "
        "tư vấn tâm lý) miễn phí, ẩn danh, hoạt động cả ngày lẫn đêm: 0800 111 0 111, 0800 111 0 222 hoặc 116 123, "
        "cũng có thể trò chuyện trực tuyến tại online.telefonseelsorge.de. Khi phụ nữ bị bạo lực: đường dây trợ giúp "
        "„Gewalt gegen Frauen“ (bạo lực đối với phụ nữ) 116 016 – miễn phí, cả ngày lẫn đêm, có phiên dịch nhiều thứ "
        "tiếng. Nếu quý vị muốn, tôi cũng có thể kết nối quý vị với một nhân viên của chính quyền thành phố."
    ),
    "ku": (
        "Ez pir xemgîn im ku hûn di rewşeke wisa dijwar de ne. Hûn ne bi tenê ne. Heke hûn di xetereke tavilê de bin, "
        "yekser telefonî 112 (acîl: agirkuj û ambulans) an 110 (polîs) bikin. TelefonSeelsorge (xeta telefonê ya "
        "piştgiriya derûnî) belaş, bênav û şev û roj vekirî ye: 0800 111 0 111, 0800 111 0 222 an 116 123; li "
        "online.telefonseelsorge.de chat jî heye. Ji bo tundiya li dijî jinan: xeta alîkariyê „Gewalt gegen Frauen“ "
        "(tundiya li dijî jinan) 116 016 – belaş, şev û roj, bi wergêran bi gelek zimanan jî. Heke hûn bixwazin, ez "
        "dikarim we bi karmendeke an karmendekî rêveberiya bajêr re jî têkildar bikim."
    ),
    "ti": (
        "ከምዚ ዝኣመሰለ ጸገም ስለ ዘጋጠመኩም ብጣዕሚ የሕዝነኒ። በይንኹም ኣይኮንኩምን። ኣብ ቅጽበታዊ ሓደጋ እንተ ሃሊኹም፡ ብቕልጡፍ ናብ 112 (ህጹጽ ረድኤት፡ ሓዊ ኣጥፋኢን "
        "ኣምቡላንስን) ወይ 110 (ፖሊስ) ደውሉ። TelefonSeelsorge (ናይ ስነ-ኣእምሮ ደገፍ መስመር ተሌፎን) ብናጻ፡ ስምኩም ከይገለጽኩም፡ ለይትን መዓልትን፡ "
        "0800 111 0 111፡ 0800 111 0 222 ወይ 116 123፡ ከምኡ'ውን ብቻት ኣብ online.telefonseelsorge.de። ኣብ ልዕሊ ደቂ ኣንስትዮ ዓመጽ እንተ "
        "ኣጋጢሙ፡ መስመር ሓገዝ „Gewalt gegen Frauen“ (ዓመጽ ኣብ ልዕሊ ደቂ ኣንስትዮ) 116 016 – ብናጻ፡ ለይትን መዓልትን፡ ብብዙሓት ቋንቋታት ምስ ተርጎምቲ "
        "እውን። እንተ ደሊኹም፡ ምስ ሰራሕተኛ ምምሕዳር ከተማ ከራኽበኩም እኽእል እየ።"
    ),
    "so": (
        "Aad ayaan uga xumahay xaaladda adag ee aad ku jirto. Keligaa ma tihid. Haddii aad hadda khatar degdeg ah ku "
        "jirto, isla markiiba wac 112 (gurmadka degdegga: dab-demiska iyo ambalaaska) ama 110 (booliska). "
        "TelefonSeelsorge (khadka taleefanka ee taageerada nafsiga) waa bilaash, qarsoodi, habeen iyo maalin: "
        "0800 111 0 111, 0800 111 0 222 ama 116 123, sidoo kale chat ahaan online.telefonseelsorge.de. Rabshadaha ka "
        "dhanka ah haweenka: khadka caawimada „Gewalt gegen Frauen“ (rabshadaha ka dhanka ah haweenka) 116 016 – "
        "bilaash, habeen iyo maalin, sidoo kale turjubaanno luqado badan. Haddii aad rabto, waxaan sidoo kale kugu "
        "xiri karaa shaqaale ka tirsan maamulka magaalada."
    ),
    "am": (
        "ይህ ስለደረሰብዎ በጣም አዝናለሁ። ብቻዎን አይደሉም። አሁን አስቸኳይ አደጋ ላይ ከሆኑ፣ ወዲያውኑ ወደ 112 (የአደጋ ጊዜ ጥሪ: የእሳት "
        "አደጋ መከላከያና አምቡላንስ) ወይም ወደ 110 (ፖሊስ) ይደውሉ። TelefonSeelsorge (የስነ-ልቦና ድጋፍ የስልክ መስመር) በነጻ፣ ስምዎን "
        "ሳይገልጹ፣ ቀንና ሌሊት ይገኛል: 0800 111 0 111፣ 0800 111 0 222 ወይም 116 123፣ እንዲሁም በ online.telefonseelsorge.de "
        "ላይ በቻት። በሴቶች ላይ ለሚደርስ ጥቃት: የእርዳታ መስመር „Gewalt gegen Frauen“ (በሴቶች ላይ የሚደርስ ጥቃት) 116 016 – በነጻ፣ "
        "ቀንና ሌሊት፣ በብዙ ቋንቋዎች አስተርጓሚዎችም አሉ። ከፈለጉ፣ ከከተማው አስተዳደር ሰራተኛ ጋርም ላገናኝዎ እችላለሁ።"
    ),
}
