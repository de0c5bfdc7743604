"""What rathaus answers to small talk and to someone in a crisis, per language
chooses the reply). Plain data; a municipal developer can extend it."""

# Replies: {town} is the tenant's name; written so that no grammatical case
# depends on it ("– Amt Süderbrarup", never "von Amt …").
GREETING = {
    "de": "Hallo! Hier ist der digitale Bürgerservice – {town}. Fragen Sie mich gern zu Ihrem Anliegen, "
          "zum Beispiel: „Wie beantrage ich einen Personalausweis?“",
    "en": "Hello! This is the digital citizen service – {town}. Ask me about what you need from the "
          "administration, for example: “How do I apply for an ID card?”",
    "uk": "Вітаю! Це цифровий сервіс для громадян – {town}. Запитуйте про ваші справи в адміністрації, "
          "наприклад: «Як оформити посвідчення особи?»",
    "ru": "Здравствуйте! Это цифровая служба для граждан – {town}. Спрашивайте о ваших делах в администрации, "
          "например: «Как оформить удостоверение личности?»",
    "ar": "مرحبًا! هذه خدمة المواطنين الرقمية – {town}. اسألني عن معاملتك لدى الإدارة، "
          "مثلًا: «كيف أقدّم طلبًا لبطاقة الهوية؟»",
    "tr": "Merhaba! Burası dijital vatandaş hizmeti – {town}. İdareyle ilgili işlerinizi sorabilirsiniz, "
          "örneğin: “Kimlik kartına nasıl başvururum?”",
    "fa": "سلام! اینجا خدمات دیجیتال شهروندی است – {town}. درباره کار اداری خود بپرسید، "
          "مثلاً: «چطور برای کارت شناسایی درخواست بدهم؟»",
    "pl": "Dzień dobry! Tu cyfrowe biuro obsługi mieszkańców – {town}. Proszę pytać o swoje sprawy urzędowe, "
          "na przykład: „Jak złożyć wniosek o dowód osobisty?”",
    "ro": "Bună ziua! Aici este serviciul digital pentru cetățeni – {town}. Întrebați-mă despre ce aveți de "
          "rezolvat la administrație, de exemplu: „Cum solicit o carte de identitate?”",
    "fr": "Bonjour ! Ici le service numérique aux citoyens – {town}. Posez-moi vos questions sur vos démarches, "
          "par exemple : « Comment demander une carte d'identité ? »",
    "es": "¡Hola! Este es el servicio digital de atención ciudadana – {town}. Pregúnteme por sus trámites, "
          "por ejemplo: «¿Cómo solicito un documento de identidad?»",
    "it": "Buongiorno! Qui è il servizio digitale per i cittadini – {town}. Mi chieda delle sue pratiche, "
          "per esempio: «Come richiedo la carta d'identità?»",
    "hr": "Dobar dan! Ovo je digitalna usluga za građane – {town}. Pitajte me o svojim poslovima s upravom, "
          "na primjer: „Kako prijaviti prebivalište?“",
    "el": "Γεια σας! Εδώ είναι η ψηφιακή εξυπηρέτηση πολιτών – {town}. Ρωτήστε με για τις υποθέσεις σας με "
          "τη διοίκηση, για παράδειγμα: «Πώς κάνω αίτηση για δελτίο ταυτότητας;»",
    "bg": "Добър ден! Това е дигиталната услуга за граждани – {town}. Попитайте ме за Вашите въпроси към "
          "администрацията, например: „Как да подам заявление за лична карта?“",
    "cs": "Dobrý den! Tady je digitální služba pro občany – {town}. Zeptejte se mě na své záležitosti na úřadě, "
          "například: „Jak požádám o občanský průkaz?“",
    "nl": "Goedendag! Dit is de digitale dienstverlening voor inwoners – {town}. Stel mij gerust uw vraag over uw "
          "zaken bij de gemeente, bijvoorbeeld: ‘Hoe vraag ik een identiteitskaart aan?’",
    "hu": "Jó napot kívánok! Itt a digitális ügyfélszolgálat – {town}. Kérdezzen bátran hivatali ügyeiről, "
          "például: „Hogyan igényelhetek személyi igazolványt?”",
    "zh": "您好！这里是数字市民服务 – {town}。欢迎咨询您在政府办理的事务，例如：“如何申请身份证？”",
    "pt": "Olá! Este é o atendimento digital ao cidadão – {town}. Pergunte-me sobre o que precisa tratar com a "
          "administração, por exemplo: “Como peço um documento de identidade?”",
    "sq": "Përshëndetje! Ky është shërbimi digjital për qytetarët – {town}. Më pyesni për çështjet tuaja me "
          "administratën, për shembull: „Si të aplikoj për një letërnjoftim?“",
    "vi": "Xin chào! Đây là dịch vụ công dân kỹ thuật số – {town}. Quý vị có thể hỏi tôi về các thủ tục hành chính, "
          "ví dụ: “Làm thế nào để xin cấp thẻ căn cước?”",
    "ku": "Silav! Ev xizmeta dîjîtal a ji bo welatiyan e – {town}. Li ser karên xwe yên li rêveberiyê ji min "
          "bipirsin, wek mînak: „Ez çawa dikarim ji bo nasnameyê serlêdan bikim?“",
    "ps": "سلام! دا د ښاریانو لپاره ډیجیټل خدمت دی – {town}. د ادارې سره د خپلو چارو په اړه له ما وپوښتئ، "
          "د بېلګې په توګه: «د پېژندنې کارت لپاره څنګه غوښتنه وکړم؟»",
    "ckb": "سڵاو! ئەمە خزمەتگوزاریی دیجیتاڵییە بۆ هاووڵاتیان – {town}. دەربارەی کاروبارەکانتان لەگەڵ ئیدارە "
           "پرسیارم لێ بکەن، بۆ نموونە: «چۆن داوای کارتی ناسنامە بکەم؟»",
}
# (what thanks gets first, then what any of these replies may add)
THANKS = {
    "de": ("Gern geschehen!", "Wenn Sie noch etwas wissen möchten, fragen Sie einfach."),
    "en": ("You're welcome!", "If there is anything else, just ask."),
    "uk": ("Будь ласка!", "Якщо маєте ще запитання, просто напишіть."),
    "ru": ("Пожалуйста!", "Если у вас есть ещё вопросы, просто напишите."),
    "ar": ("على الرحب والسعة!", "إذا كان لديك سؤال آخر، فاسألني."),
    "tr": ("Rica ederim!", "Başka bir sorunuz olursa sormanız yeterli."),
    "fa": ("خواهش می‌کنم!", "اگر سؤال دیگری دارید، بپرسید."),
    "pl": ("Nie ma za co!", "Jeśli są jeszcze pytania, proszę śmiało pisać."),
    "ro": ("Cu plăcere!", "Dacă mai aveți întrebări, scrieți-mi."),
    "fr": ("Avec plaisir !", "Si vous avez d'autres questions, n'hésitez pas."),
    "es": ("¡De nada!", "Si tiene otra pregunta, escríbame."),
    "it": ("Prego!", "Se ha altre domande, mi scriva pure."),
    "hr": ("Nema na čemu!", "Ako imate još pitanja, slobodno pitajte."),
    "el": ("Παρακαλώ!", "Αν θέλετε να μάθετε κάτι άλλο, απλώς ρωτήστε."),
    "bg": ("Моля!", "Ако имате още въпроси, просто ме попитайте."),
    "cs": ("Rádo se stalo!", "Máte-li další otázky, klidně se ptejte."),
    "nl": ("Graag gedaan!", "Heeft u nog een vraag? Stel die gerust."),
    "hu": ("Szívesen!", "Ha további kérdése van, kérdezzen bátran."),
    "zh": ("不客气！", "如果您还有其他问题，请随时提问。"),
    "pt": ("De nada!", "Se tiver mais alguma pergunta, é só perguntar."),
    "sq": ("S'ka përse!", "Nëse keni pyetje të tjera, mjafton të pyesni."),
    "vi": ("Không có gì ạ!", "Nếu quý vị còn câu hỏi nào khác, cứ hỏi tôi."),
    "ku": ("Ser çavan!", "Heke pirseke we ya din hebe, tenê bipirsin."),
    "ps": ("هیڅ خبره نه ده!", "که بله پوښتنه لرئ، یوازې یې وپوښتئ."),
    "ckb": ("شایانی سوپاس نییە!", "ئەگەر پرسیاری ترتان هەیە، تەنها بیپرسن."),
}
GOODBYE = {
    "de": "Auf Wiedersehen! Der digitale Bürgerservice ist rund um die Uhr für Sie da.",
    "en": "Goodbye! The digital citizen service is here for you around the clock.",
    "uk": "До побачення! Цифровий сервіс для громадян працює цілодобово.",
    "ru": "До свидания! Цифровая служба для граждан работает круглосуточно.",
    "ar": "مع السلامة! خدمة المواطنين الرقمية متاحة على مدار الساعة.",
    "tr": "Hoşça kalın! Dijital vatandaş hizmeti günün her saatinde yanınızda.",
    "fa": "خدانگهدار! خدمات دیجیتال شهروندی شبانه‌روز در دسترس است.",
    "pl": "Do widzenia! Cyfrowe biuro obsługi mieszkańców działa całą dobę.",
    "ro": "La revedere! Serviciul digital pentru cetățeni vă stă la dispoziție non-stop.",
    "fr": "Au revoir ! Le service numérique aux citoyens est à votre disposition jour et nuit.",
    "es": "¡Adiós! El servicio digital de atención ciudadana está disponible las 24 horas.",
    "it": "Arrivederci! Il servizio digitale per i cittadini è a sua disposizione giorno e notte.",
    "hr": "Doviđenja! Digitalna usluga za građane dostupna vam je 24 sata dnevno.",
    "el": "Αντίο σας! Η ψηφιακή εξυπηρέτηση πολιτών είναι στη διάθεσή σας όλο το εικοσιτετράωρο.",
    "bg": "Довиждане! Дигиталната услуга за граждани е на Ваше разположение денонощно.",
    "cs": "Na shledanou! Digitální služba pro občany je vám k dispozici nepřetržitě.",
    "nl": "Tot ziens! De digitale dienstverlening voor inwoners staat dag en nacht voor u klaar.",
    "hu": "Viszontlátásra! A digitális ügyfélszolgálat éjjel-nappal az Ön rendelkezésére áll.",
    "zh": "再见！数字市民服务全天候为您服务。",
    "pt": "Até logo! O atendimento digital ao cidadão está disponível 24 horas por dia.",
    "sq": "Mirupafshim! Shërbimi digjital për qytetarët është në dispozicionin tuaj 24 orë në ditë.",
    "vi": "Tạm biệt! Dịch vụ công dân kỹ thuật số luôn sẵn sàng phục vụ quý vị 24/7.",
    "ku": "Bi xatirê we! Xizmeta dîjîtal a ji bo welatiyan şev û roj di xizmeta we de ye.",
    "ps": "خدای پامان! د ښاریانو لپاره ډیجیټل خدمت شپه او ورځ ستاسو په خدمت کې دی.",
    "ckb": "خواتان لەگەڵ! خزمەتگوزاریی دیجیتاڵی بۆ هاووڵاتیان شەو و ڕۆژ لە خزمەتتاندایە.",
}
HOW_ARE_YOU = {
    "de": "Danke der Nachfrage! Ich bin ein Computerprogramm und jederzeit für Sie da. Womit kann ich helfen?",
    "en": "Thanks for asking! I am a computer program and always here for you. How can I help?",
    "uk": "Дякую, що питаєте! Я комп'ютерна програма і завжди до ваших послуг. Чим можу допомогти?",
    "ru": "Спасибо, что спрашиваете! Я компьютерная программа и всегда к вашим услугам. Чем могу помочь?",
    "ar": "شكرًا على سؤالك! أنا برنامج حاسوبي وفي خدمتك دائمًا. كيف يمكنني مساعدتك؟",
    "tr": "Sorduğunuz için teşekkürler! Ben bir bilgisayar programıyım ve her zaman hizmetinizdeyim. "
          "Size nasıl yardımcı olabilirim?",
    "fa": "ممنون که پرسیدید! من یک برنامه رایانه‌ای هستم و همیشه در خدمت شما. چطور می‌توانم کمک کنم؟",
    "pl": "Dziękuję za pytanie! Jestem programem komputerowym i zawsze służę pomocą. W czym mogę pomóc?",
    "ro": "Mulțumesc că întrebați! Sunt un program de calculator și vă stau mereu la dispoziție. Cu ce vă pot ajuta?",
    "fr": "Merci de demander ! Je suis un programme informatique, toujours à votre service. "
          "Comment puis-je vous aider ?",
    "es": "¡Gracias por preguntar! Soy un programa informático y estoy siempre a su disposición. "
          "¿En qué puedo ayudarle?",
    "it": "Grazie per la domanda! Sono un programma informatico, sempre a sua disposizione. Come posso aiutarla?",
    "hr": "Hvala na pitanju! Ja sam program, a ne čovjek, i uvijek sam tu za vas. Kako vam mogu pomoći?",
    "el": "Ευχαριστώ που ρωτάτε! Είμαι ένα πρόγραμμα υπολογιστή και είμαι πάντα στη διάθεσή σας. "
          "Πώς μπορώ να σας βοηθήσω;",
    "bg": "Благодаря, че попитахте! Аз съм компютърна програма и съм винаги на Ваше разположение. С какво мога да "
          "Ви помогна?",
    "cs": "Děkuji za optání! Jsem počítačový program a jsem vám kdykoli k dispozici. S čím vám mohu pomoci?",
    "nl": "Bedankt voor het vragen! Ik ben een computerprogramma en altijd voor u beschikbaar. Waarmee kan ik u "
          "helpen?",
    "hu": "Köszönöm, hogy kérdezi! Számítógépes program vagyok, és mindig az Ön rendelkezésére állok. Miben "
          "segíthetek?",
    "zh": "谢谢您的关心！我是一个计算机程序，随时为您服务。请问有什么可以帮您？",
    "pt": "Obrigado por perguntar! Sou um programa de computador e estou sempre à sua disposição. Em que posso "
          "ajudar?",
    "sq": "Faleminderit që pyetët! Jam një program kompjuterik dhe jam gjithmonë në dispozicionin tuaj. Si mund "
          "t'ju ndihmoj?",
    "vi": "Cảm ơn quý vị đã hỏi thăm! Tôi là một chương trình máy tính và luôn sẵn sàng hỗ trợ quý vị. Tôi có thể "
          "giúp gì cho quý vị?",
    "ku": "Spas ji bo pirsê! Ez bernameyeke kompîturê me û her dem di xizmeta we de me. Ez çawa dikarim alîkariya "
          "we bikim?",
    "ps": "له پوښتنې مو مننه! زه یو کمپیوټري پروګرام یم او تل ستاسو په خدمت کې یم. څنګه مرسته درسره کولی "
          "شم؟",
    "ckb": "سوپاس بۆ پرسیارەکەتان! من بەرنامەیەکی کۆمپیوتەرم و هەمیشە لە خزمەتتاندام. چۆن دەتوانم "
           "یارمەتیتان بدەم؟",
}
DECLINE = {
    "de": "Das kann ich leider nicht – ich beantworte Fragen zu den Anliegen und Angeboten der Verwaltung, "
          "zum Beispiel: „Wie melde ich meinen Wohnsitz an?“",
    "en": "I'm afraid I can't do that – I answer questions about the administration's services, for example: "
          "“How do I register my address?”",
    "uk": "На жаль, цього я не вмію – я відповідаю на запитання про послуги адміністрації, наприклад: "
          "«Як зареєструвати місце проживання?»",
    "ru": "К сожалению, этого я не умею – я отвечаю на вопросы об услугах администрации, например: "
          "«Как зарегистрировать место жительства?»",
    "ar": "للأسف لا أستطيع ذلك – أجيب عن الأسئلة المتعلقة بخدمات الإدارة، مثلًا: «كيف أسجّل عنوان سكني؟»",
    "tr": "Maalesef bunu yapamıyorum – idarenin hizmetleriyle ilgili soruları yanıtlıyorum, örneğin: "
          "“Adresimi nasıl kaydettiririm?”",
    "fa": "متأسفانه این کار از من برنمی‌آید – به پرسش‌ها درباره خدمات اداره پاسخ می‌دهم، مثلاً: "
          "«چطور محل سکونتم را ثبت کنم؟»",
    "pl": "Niestety tego nie potrafię – odpowiadam na pytania o usługi urzędu, na przykład: "
          "„Jak zameldować się pod nowym adresem?”",
    "ro": "Din păcate nu pot face asta – răspund la întrebări despre serviciile administrației, de exemplu: "
          "„Cum îmi înregistrez domiciliul?”",
    "fr": "Je ne peux malheureusement pas faire cela – je réponds aux questions sur les services de "
          "l'administration, par exemple : « Comment déclarer mon domicile ? »",
    "es": "Lo siento, eso no puedo hacerlo – respondo preguntas sobre los servicios de la administración, "
          "por ejemplo: «¿Cómo registro mi domicilio?»",
    "it": "Purtroppo non posso farlo – rispondo a domande sui servizi dell'amministrazione, per esempio: "
          "«Come registro la mia residenza?»",
    "hr": "Nažalost, to ne mogu – odgovaram na pitanja o uslugama uprave, na primjer: "
          "„Kako prijaviti prebivalište?“",
    "el": "Δυστυχώς δεν μπορώ να το κάνω αυτό – απαντώ σε ερωτήσεις για τις υπηρεσίες της διοίκησης, "
          "για παράδειγμα: «Πώς δηλώνω τη διεύθυνση κατοικίας μου;»",
    "bg": "За съжаление не мога да направя това – отговарям на въпроси за услугите на администрацията, например: "
          "„Как да регистрирам адреса си?“",
    "cs": "To bohužel neumím – odpovídám na otázky o službách úřadu, například: „Jak se přihlásím k trvalému "
          "pobytu?“",
    "nl": "Dat kan ik helaas niet – ik beantwoord vragen over de diensten van de gemeente, bijvoorbeeld: ‘Hoe "
          "schrijf ik mij in op een nieuw adres?’",
    "hu": "Ezt sajnos nem tudom megtenni – a hivatal szolgáltatásaival kapcsolatos kérdésekre válaszolok, például: "
          "„Hogyan jelenthetem be a lakcímemet?”",
    "zh": "很抱歉，这个我做不到——我只回答有关政府服务的问题，例如：“如何办理住址登记？”",
    "pt": "Infelizmente não posso fazer isso – respondo a perguntas sobre os serviços da administração, por "
          "exemplo: “Como faço o registro do meu endereço?”",
    "sq": "Fatkeqësisht këtë nuk mund ta bëj – u përgjigjem pyetjeve për shërbimet e administratës, për shembull: "
          "„Si ta regjistroj vendbanimin tim?“",
    "vi": "Rất tiếc, tôi không thể làm việc đó – tôi trả lời các câu hỏi về dịch vụ của cơ quan hành chính, ví dụ: "
          "“Làm thế nào để đăng ký địa chỉ cư trú?”",
    "ku": "Mixabin ez nikarim vê bikim – ez bersiva pirsên li ser xizmetên rêveberiyê didim, wek mînak: „Ez çawa "
          "navnîşana xwe qeyd bikim?“",
    "ps": "بښنه غواړم، دا کار نشم کولی – زه د ادارې د خدماتو په اړه پوښتنو ته ځواب ورکوم، د بېلګې په توګه: "
          "«د استوګنې ځای څنګه ثبت کړم؟»",
    "ckb": "ببورن، ناتوانم ئەمە بکەم – من وەڵامی پرسیارەکان دەربارەی خزمەتگوزارییەکانی ئیدارە دەدەمەوە، "
           "بۆ نموونە: «چۆن ناونیشانی نیشتەجێبوونم تۆمار بکەم؟»",
}
IDENTITY = {
    "de": "Ich bin ein Computerprogramm, kein Mensch: der digitale Bürgerservice – {town}. Ich antworte nur aus "
          "den Seiten und Unterlagen der Verwaltung und nenne die Quellen. Möchten Sie lieber mit einer "
          "Mitarbeiterin oder einem Mitarbeiter sprechen, schreiben Sie das einfach.",
    "en": "I am a computer program, not a person: the digital citizen service – {town}. I answer only from the "
          "administration's pages and documents and name my sources. If you would rather talk to a member of "
          "staff, just say so.",
    "uk": "Я комп'ютерна програма, а не людина: цифровий сервіс для громадян – {town}. Я відповідаю лише на основі "
          "сторінок і документів адміністрації та називаю джерела. Якщо бажаєте поговорити з працівником, "
          "просто напишіть про це.",
    "ru": "Я компьютерная программа, а не человек: цифровая служба для граждан – {town}. Я отвечаю только на основе "
          "страниц и документов администрации и указываю источники. Если хотите поговорить с сотрудником, "
          "просто напишите об этом.",
    "ar": "أنا برنامج حاسوبي ولست إنسانًا: خدمة المواطنين الرقمية – {town}. أجيب فقط من صفحات الإدارة ووثائقها "
          "وأذكر المصادر. إذا كنت تفضّل التحدث مع موظف، فاكتب ذلك.",
    "tr": "Ben bir bilgisayar programıyım, insan değilim: dijital vatandaş hizmeti – {town}. Yalnızca idarenin "
          "sayfalarına ve belgelerine dayanarak yanıt veririm ve kaynakları belirtirim. Bir çalışanla konuşmak "
          "isterseniz bunu yazmanız yeterli.",
    "fa": "من یک برنامه رایانه‌ای هستم، نه یک انسان: خدمات دیجیتال شهروندی – {town}. فقط از صفحات و اسناد اداره "
          "پاسخ می‌دهم و منابع را ذکر می‌کنم. اگر ترجیح می‌دهید با یک کارمند صحبت کنید، کافی است بنویسید.",
    "pl": "Jestem programem komputerowym, nie człowiekiem: cyfrowe biuro obsługi mieszkańców – {town}. Odpowiadam "
          "wyłącznie na podstawie stron i dokumentów urzędu i podaję źródła. Jeśli woli Pan/Pani porozmawiać "
          "z pracownikiem, wystarczy o tym napisać.",
    "ro": "Sunt un program de calculator, nu un om: serviciul digital pentru cetățeni – {town}. Răspund doar pe "
          "baza paginilor și documentelor administrației și indic sursele. Dacă preferați să vorbiți cu un "
          "angajat, scrieți-mi.",
    "fr": "Je suis un programme informatique, pas une personne : le service numérique aux citoyens – {town}. Je "
          "réponds uniquement à partir des pages et documents de l'administration et j'indique mes sources. Si "
          "vous préférez parler à un agent, dites-le simplement.",
    "es": "Soy un programa informático, no una persona: el servicio digital de atención ciudadana – {town}. Solo "
          "respondo a partir de las páginas y documentos de la administración e indico las fuentes. Si prefiere "
          "hablar con un empleado, dígamelo.",
    "it": "Sono un programma informatico, non una persona: il servizio digitale per i cittadini – {town}. Rispondo "
          "solo in base alle pagine e ai documenti dell'amministrazione e indico le fonti. Se preferisce parlare "
          "con un operatore, me lo scriva.",
    "hr": "Ja sam program, a ne čovjek: digitalna usluga za građane – {town}. Odgovaram samo na osnovu stranica "
          "i dokumenata uprave i navodim izvore. Ako biste radije razgovarali sa službenikom, samo to napišite.",
    "el": "Είμαι ένα πρόγραμμα υπολογιστή, όχι άνθρωπος: η ψηφιακή εξυπηρέτηση πολιτών – {town}. Απαντώ μόνο με "
          "βάση τις σελίδες και τα έγγραφα της διοίκησης και αναφέρω τις πηγές. Αν προτιμάτε να μιλήσετε με "
          "έναν υπάλληλο, απλώς γράψτε το.",
    "bg": "Аз съм компютърна програма, а не човек: дигиталната услуга за граждани – {town}. Отговарям само въз "
          "основа на страниците и документите на администрацията и посочвам източниците. Ако предпочитате да "
          "говорите със служител, просто ми напишете.",
    "cs": "Jsem počítačový program, ne člověk: digitální služba pro občany – {town}. Odpovídám pouze na základě "
          "stránek a dokumentů úřadu a uvádím zdroje. Pokud byste raději mluvili s pracovníkem úřadu, stačí to "
          "napsat.",
    "nl": "Ik ben een computerprogramma, geen mens: de digitale dienstverlening voor inwoners – {town}. Ik "
          "antwoord alleen op basis van de pagina's en documenten van de gemeente en vermeld mijn bronnen. Spreekt "
          "u liever een medewerker? Schrijf het mij gerust.",
    "hu": "Számítógépes program vagyok, nem ember: a digitális ügyfélszolgálat – {town}. Csak a hivatal oldalai és "
          "dokumentumai alapján válaszolok, és megadom a forrásokat. Ha inkább egy ügyintézővel beszélne, csak "
          "írja meg.",
    "zh": "我是一个计算机程序，不是真人：数字市民服务 – {town}。我只根据政府的网页和文件作答，并注明出处。"
          "如果您更希望与工作人员交谈，请直接告诉我。",
    "pt": "Sou um programa de computador, não uma pessoa: o atendimento digital ao cidadão – {town}. Respondo "
          "apenas com base nas páginas e documentos da administração e indico as fontes. Se preferir falar com um "
          "funcionário, basta escrever.",
    "sq": "Jam një program kompjuterik, jo njeri: shërbimi digjital për qytetarët – {town}. Përgjigjem vetëm në "
          "bazë të faqeve dhe dokumenteve të administratës dhe i tregoj burimet. Nëse preferoni të flisni me një "
          "punonjës, thjesht shkruajeni.",
    "vi": "Tôi là một chương trình máy tính, không phải con người: dịch vụ công dân kỹ thuật số – {town}. Tôi chỉ "
          "trả lời dựa trên các trang và tài liệu của cơ quan hành chính và luôn nêu nguồn. Nếu quý vị muốn nói "
          "chuyện với nhân viên, chỉ cần nhắn cho tôi.",
    "ku": "Ez bernameyeke kompîturê me, ne mirov: xizmeta dîjîtal a ji bo welatiyan – {town}. Ez tenê li gorî "
          "rûpel û belgeyên rêveberiyê bersiv didim û çavkaniyan nîşan didim. Heke hûn dixwazin bi karmendekî re "
          "biaxivin, tenê binivîsin.",
    "ps": "زه یو کمپیوټري پروګرام یم، انسان نه یم: د ښاریانو لپاره ډیجیټل خدمت – {town}. زه یوازې د ادارې د "
          "پاڼو او اسنادو له مخې ځواب ورکوم او سرچینې یې ښیم. که غواړئ له یو کارمند سره خبرې وکړئ، یوازې یې "
          "ولیکئ.",
    "ckb": "من بەرنامەیەکی کۆمپیوتەرم، مرۆڤ نیم: خزمەتگوزاریی دیجیتاڵی بۆ هاووڵاتیان – {town}. من تەنها "
           "بەپێی پەڕە و بەڵگەنامەکانی ئیدارە وەڵام دەدەمەوە و سەرچاوەکان نیشان دەدەم. ئەگەر دەتانەوێت لەگەڵ "
           "فەرمانبەرێک قسە بکەن، تەنها بینووسن.",
}

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
}
