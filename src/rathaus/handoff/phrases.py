"""What the citizen reads when the conversation goes to a person, in their
language (placeholders: {queue}, {response_time}, {reference})."""

from __future__ import annotations

from rathaus.answer.phrases import phrase

HANDED_OVER = {
    "de": "Ich habe Ihr Anliegen an das Team „{queue}“ weitergegeben. Eine Mitarbeiterin oder ein Mitarbeiter meldet sich gleich hier im Chat.",
    "en": "I have passed your request to {queue}. A member of staff will reply here in the chat shortly.",
    "uk": "Я передав ваше звернення до {queue}. Працівник незабаром відповість тут у чаті.",
    "ru": "Я передал ваш запрос в {queue}. Сотрудник скоро ответит здесь в чате.",
    "ar": "لقد أحلت طلبك إلى {queue}. سيرد عليك أحد الموظفين هنا في المحادثة قريبًا.",
    "tr": "Talebinizi {queue} birimine ilettim. Bir görevli kısa süre içinde burada yanıt verecek.",
    "fa": "درخواست شما را به {queue} فرستادم. یکی از کارمندان به‌زودی همین‌جا در گفتگو پاسخ می‌دهد.",
    "pl": "Przekazałem Państwa sprawę do: {queue}. Pracownik wkrótce odpowie tutaj na czacie.",
    "ro": "Am transmis solicitarea dumneavoastră către {queue}. Un angajat vă va răspunde în curând aici, în chat.",
    "fr": "J'ai transmis votre demande à {queue}. Un agent vous répondra bientôt ici, dans le chat.",
    "es": "He enviado su consulta a {queue}. Un empleado le responderá pronto aquí en el chat.",
    "it": "Ho inoltrato la sua richiesta a {queue}. Un operatore le risponderà a breve qui nella chat.",
    "hr": "Vaš zahtjev proslijedio sam timu „{queue}“. Službenik će vam uskoro odgovoriti ovdje u chatu.",
    "el": "Διαβίβασα το αίτημά σας στην ομάδα «{queue}». Ένας υπάλληλος θα σας απαντήσει σύντομα εδώ στη συνομιλία.",
    "bg": "Предадох запитването Ви на екипа „{queue}“. Служител скоро ще Ви отговори тук, в чата.",
    "cs": "Váš požadavek jsem předal týmu „{queue}“. Pracovník úřadu vám brzy odpoví zde v chatu.",
    "nl": "Ik heb uw vraag doorgestuurd naar het team ‘{queue}’. Een medewerker reageert binnenkort hier in de chat.",
    "hu": "Kérését továbbítottam a(z) „{queue}” csapatnak. Egy munkatárs hamarosan válaszol Önnek itt a csevegésben.",
    "zh": "我已将您的问题转交给“{queue}”团队。工作人员很快会在此聊天中回复您。",
    "pt": "Encaminhei o seu pedido para {queue}. Um funcionário responderá em breve aqui no chat.",
    "sq": "Kërkesën tuaj ia kalova ekipit „{queue}“. Një punonjës do t'ju përgjigjet së shpejti këtu në chat.",
    "vi": "Tôi đã chuyển yêu cầu của quý vị đến bộ phận “{queue}”. Một nhân viên sẽ sớm trả lời quý vị ngay tại cuộc trò chuyện này.",
    "ku": "Min daxwaza we ji tîma „{queue}“ re şand. Karmendek dê di demeke nêz de li vir di sohbetê de bersiva we bide.",
    "ps": "ستاسو غوښتنه مې د «{queue}» ټیم ته ولېږله. یو کارمند به ډېر ژر همدلته په چټ کې تاسو ته ځواب درکړي.",
    "ckb": "داواکارییەکەتانم بۆ تیمی «{queue}» نارد. فەرمانبەرێک بەم زووانە لێرە لە چاتەکەدا وەڵامتان دەداتەوە.",
}

NOBODY_ON_DUTY = {
    "de": "Gerade ist niemand aus dem Team „{queue}“ im Chat. Hinterlassen Sie eine Nachricht oder bitten Sie um einen Rückruf. So lange dauert eine Antwort in der Regel: {response_time}.",
    "en": "Nobody from {queue} is in the chat right now. Leave a message or ask for a call back – we usually reply within {response_time}.",
    "uk": "Зараз у чаті немає нікого з {queue}. Залиште повідомлення або попросіть передзвонити – зазвичай ми відповідаємо протягом: {response_time}.",
    "ru": "Сейчас в чате нет никого из {queue}. Оставьте сообщение или попросите перезвонить – обычно мы отвечаем в течение: {response_time}.",
    "ar": "لا يوجد أحد من {queue} في المحادثة الآن. اترك رسالة أو اطلب معاودة الاتصال – نرد عادةً خلال {response_time}.",
    "tr": "Şu anda sohbette {queue} biriminden kimse yok. Mesaj bırakın veya geri arama isteyin – genellikle {response_time} içinde yanıt veririz.",
    "fa": "اکنون کسی از {queue} در گفتگو نیست. پیام بگذارید یا درخواست تماس کنید – معمولاً ظرف {response_time} پاسخ می‌دهیم.",
    "pl": "Obecnie nikt z: {queue} nie jest na czacie. Proszę zostawić wiadomość lub poprosić o oddzwonienie – zwykle odpowiadamy w ciągu: {response_time}.",
    "ro": "În acest moment nu este nimeni de la {queue} în chat. Lăsați un mesaj sau cereți să fiți sunat – de obicei răspundem în {response_time}.",
    "fr": "Personne de {queue} n'est disponible dans le chat pour le moment. Laissez un message ou demandez à être rappelé – nous répondons en général sous {response_time}.",
    "es": "Ahora no hay nadie de {queue} en el chat. Deje un mensaje o pida que le llamemos – normalmente respondemos en {response_time}.",
    "it": "Al momento nessuno di {queue} è in chat. Lasci un messaggio o chieda di essere richiamato – di solito rispondiamo entro {response_time}.",
    "hr": "Trenutno u chatu nema nikoga iz tima „{queue}“. Ostavite poruku ili zatražite povratni poziv – uobičajeno vrijeme odgovora: {response_time}.",
    "el": "Αυτή τη στιγμή δεν υπάρχει κανείς από την ομάδα «{queue}» στη συνομιλία. Αφήστε ένα μήνυμα ή ζητήστε να σας καλέσουμε – συνήθης χρόνος απάντησης: {response_time}.",
    "bg": "В момента в чата няма никого от екипа „{queue}“. Оставете съобщение или поискайте да Ви се обадим – обичайно време за отговор: {response_time}.",
    "cs": "Momentálně v chatu není nikdo z týmu „{queue}“. Zanechte nám zprávu nebo požádejte o zpětné zavolání – obvyklá doba odpovědi: {response_time}.",
    "nl": "Op dit moment is er niemand van het team ‘{queue}’ in de chat. Laat een bericht achter of vraag om teruggebeld te worden – gebruikelijke reactietijd: {response_time}.",
    "hu": "Jelenleg senki sincs a(z) „{queue}” csapatból a csevegésben. Hagyjon üzenetet, vagy kérjen visszahívást – a szokásos válaszidő: {response_time}.",
    "zh": "目前“{queue}”团队没有人在线。请留言或申请回电——通常的答复时间：{response_time}。",
    "pt": "Neste momento não há ninguém de {queue} no chat. Deixe uma mensagem ou peça que liguemos de volta – normalmente respondemos em {response_time}.",
    "sq": "Për momentin nuk ka askënd nga ekipi „{queue}“ në chat. Lini një mesazh ose kërkoni që t'ju telefonojmë – koha e zakonshme e përgjigjes: {response_time}.",
    "vi": "Hiện không có ai thuộc bộ phận “{queue}” trực tuyến. Quý vị có thể để lại tin nhắn hoặc yêu cầu gọi lại – thời gian phản hồi thông thường: {response_time}.",
    "ku": "Niha kes ji tîma „{queue}“ di sohbetê de nîne. Peyamekê bihêlin an jî bixwazin ku em ji we re telefon bikin – dema bersivê ya asayî: {response_time}.",
    "ps": "اوس مهال د «{queue}» ټیم څوک په چټ کې نشته. پیغام پرېږدئ یا د بېرته زنګ غوښتنه وکړئ – معمولاً ځواب دومره وخت نیسي: {response_time}.",
    "ckb": "ئێستا کەس لە تیمی «{queue}» لە چاتەکەدا نییە. پەیامێک بەجێ بهێڵن یان داوای پەیوەندیی تەلەفۆنی بکەن – وەڵامدانەوە بە زۆری ئەوەندە کات دەخایەنێت: {response_time}.",
}

TICKET_CREATED = {
    "de": "Danke! Ihre Nachricht ist angekommen (Vorgang {reference}). Wir melden uns bei Ihnen.",
    "en": "Thank you! Your message has arrived (reference {reference}). We will get back to you.",
    "uk": "Дякуємо! Ваше повідомлення отримано (номер {reference}). Ми з вами зв'яжемося.",
    "ru": "Спасибо! Ваше сообщение получено (номер {reference}). Мы с вами свяжемся.",
    "ar": "شكرًا! وصلت رسالتك (رقم المعاملة {reference}). سنتواصل معك.",
    "tr": "Teşekkürler! Mesajınız ulaştı (işlem numarası {reference}). Size geri döneceğiz.",
    "fa": "متشکریم! پیام شما رسید (شماره پرونده {reference}). با شما تماس می‌گیریم.",
    "pl": "Dziękujemy! Wiadomość dotarła (numer sprawy {reference}). Odezwiemy się.",
    "ro": "Mulțumim! Mesajul dumneavoastră a ajuns (număr de dosar {reference}). Vă vom contacta.",
    "fr": "Merci ! Votre message est bien arrivé (référence {reference}). Nous reviendrons vers vous.",
    "es": "¡Gracias! Su mensaje ha llegado (referencia {reference}). Nos pondremos en contacto con usted.",
    "it": "Grazie! Il suo messaggio è arrivato (riferimento {reference}). La ricontatteremo.",
    "hr": "Hvala! Vaša poruka je stigla (broj predmeta {reference}). Uskoro ćemo vam se javiti.",
    "el": "Ευχαριστούμε! Το μήνυμά σας ελήφθη (αριθμός υπόθεσης {reference}). Θα επικοινωνήσουμε μαζί σας.",
    "bg": "Благодарим Ви! Съобщението Ви е получено (номер на преписката {reference}). Ще се свържем с Вас.",
    "cs": "Děkujeme! Vaše zpráva dorazila (číslo jednací {reference}). Ozveme se vám.",
    "nl": "Dank u wel! Uw bericht is ontvangen (zaaknummer {reference}). Wij nemen contact met u op.",
    "hu": "Köszönjük! Üzenete megérkezett (ügyszám: {reference}). Hamarosan jelentkezünk.",
    "zh": "谢谢！我们已收到您的留言（案件编号 {reference}）。我们会与您联系。",
    "pt": "Obrigado! A sua mensagem foi recebida (referência {reference}). Entraremos em contato em breve.",
    "sq": "Faleminderit! Mesazhi juaj u mor (numri i rastit {reference}). Do t'ju kontaktojmë.",
    "vi": "Cảm ơn quý vị! Tin nhắn của quý vị đã được tiếp nhận (mã hồ sơ {reference}). Chúng tôi sẽ liên hệ lại với quý vị.",
    "ku": "Spas! Peyama we gihîşt (hejmara dosyeyê {reference}). Em ê bi we re têkilî daynin.",
    "ps": "مننه! ستاسو پیغام ترلاسه شو (د دوسیې شمېره {reference}). موږ به له تاسو سره اړیکه ونیسو.",
    "ckb": "سوپاس! پەیامەکەتان گەیشت (ژمارەی دۆسیە {reference}). پەیوەندیتان پێوە دەکەین.",
}


def say(table: dict[str, str], language: str | None, **values: str) -> str:
    return phrase(table, language).format(**values)
