"""Words that show a citizen in crisis, per language; they get a reply
(crisis_reply.py, CRISIS_REPLY) instead of an answer from the town's pages: someone
who writes that they want to kill themselves or are harming themselves, or who
is in acute danger (being beaten at home right now, threatened with death,
raped). Searched, such a message got "I have no reliable answer" or a quote
from an unrelated page; it gets German nationwide help numbers in the
citizen's language instead (the reply names the emergency numbers, the
TelefonSeelsorge and the helpline "Gewalt gegen Frauen", and offers a member
of staff). Plain data; a municipal developer can extend it.

SELF_HARM and VIOLENCE hold the two kinds apart (the comments above them say
why); CRISIS is both.

Entries are matched as answer/wordlists.py says; stems ("suizid*": "Suizid",
"Suizidgedanken", "suizidal") are at least four letters.

A message holding ANY entry of ANY language gets the crisis reply, so every
entry must be unmistakable, in its own language and in all others once marks
are gone. Mostly first-person word groups, few single words ("suizid*",
"selbstmord*", "intihar*", "انتحار*", "خودکش*", "самоуби*"). Words for domestic
violence or suicide as a topic also match a question about it ("Auskunftssperre
wegen häuslicher Gewalt", "Suizidprävention Beratungsstelle"): the help
numbers are not out of place there.

"hr" also serves Serbian in Latin letters and Bosnian; "sr" holds the Serbian
Cyrillic spellings. "ku" is Kurmanji in Latin letters, "ckb" Sorani in Arabic
script, "ti" Tigrinya and "am" Amharic in Ge'ez script, "so" Somali.

What is left out on purpose (and should stay out):
- death and bereavement: "gestorben", "Tod", "Sterbeurkunde", "Bestattung",
  "death certificate", "my mother died", "Todesfall melden" are the registry
  office's daily business; so is "if I die" (inheritance, burial);
- "live" where it also means "reside", without "anymore": "I don't want to live
  in a shared flat", "no quiero vivir en este barrio", "yaşamak istemiyorum"
  after "burada", "nechci žít s ním"; only "… anymore" forms ("ya no quiero
  vivir", "nem akarok tovább élni"). Russian and Ukrainian "не хочу жить/жити"
  stand alone all the same: a citizen in crisis writes them bare;
- "life" followed by an administrative word: "mettre fin à ma vie" (commune:
  ending a cohabitation), hence only "mettre fin à mes jours"; English "end my
  life" and "take my life" stay although "end my life partnership" and "take my
  life savings" contain them (rare; a crisis says them often);
- accidents: "I hurt myself", "I cut myself" (on a broken pavement, in the
  playground: a liability question), "me machucar", "με χτύπησε" (a car hit
  me): only "on purpose", "want to", "keep/been …ing" forms;
- threats that are administrative: "droht mir" (eine Strafe), "threatened with
  eviction", "يهددني" (the landlord, with eviction), "grozi mi" (kara): only a
  threat to kill;
- hyperbole and idioms: "beats me" (I don't know), "the rent is hitting me
  hard", "das bringt mich um", "ce qui me frappe", "mă bate gândul" (I am
  thinking of), "me pego pensando" (Portuguese), "mệt muốn chết" (dead tired);
- everyday words that collide once marks are gone: Vietnamese "tự tử" alone
  is "từ từ" (slowly), "bạo hành" (abuse) is "bảo hành" (warranty), "treo cổ"
  (hang) is "treo cờ" (hang a flag); Arabic "انتح*" would find "انتحال"
  (identity theft), "أذى نفسي" and "جرح نفسي" are psychological harm; Chinese
  "他打我" is also "he called me" (打我电话), "被打了" also "vaccinated";
  Greek "κινδυνεύω" is also "I risk (missing a deadline)";
- Amharic: "መኖር አልፈልግም" is also "I don't want to live (here, in this flat)": only with "anymore"
  ("ከእንግዲህ", "ከዚህ በኋላ"); "ራሴን ጎዳሁ" (I hurt myself) and "መታኝ" (hit me: a car) are accidents, "ብሞት"
  (if I die) is inheritance, "አደጋ" is also an accident ("አደጋ ደረሰብኝ"): only "በአደጋ ላይ ነኝ", "ህይወቴ አደጋ
  ላይ", and threats only to kill ("ሊገድለኝ"). Its spellings vary (ሀ ሐ ኀ, ሰ ሠ, ጸ ፀ; "-ለሁ" typed "-ለው"): the
  common ones are given.
"""

# Suicidal intent or ideation in the first person and self-harm: wanting to die, "life has no sense",
# killing, hanging, cutting or poisoning oneself, an overdose. Apart from VIOLENCE because a crisis message
# that also asks a practical question gets an answer from the town's pages after the help numbers only for
# violence; someone who wants to harm themselves gets the help numbers only: a page found for their message
# could be about weapons or medicines.
SELF_HARM = {
    # German: ä ö ü ß are also written ae oe ue ss.
    "de": "mich ritzen|ritze mich|mich vergiften|vergifte mich|überdosis|ueberdosis|suizid*|selbstmord*|freitod|"
          "lebensmüde*|lebensmuede*|will sterben|möchte sterben|moechte sterben|nur noch sterben|einfach nur sterben|"
          "lieber sterben|will tot sein|möchte tot sein|moechte tot sein|nur noch tot sein|nur tot sein|tot sein will|"
          "wäre lieber tot|waere lieber tot|will nicht mehr leben|möchte nicht mehr leben|moechte nicht mehr leben|"
          "will nicht mehr am leben sein|einfach nicht mehr leben|gar nicht mehr leben|will ich nicht mehr leben|"
          "möchte ich nicht mehr leben|moechte ich nicht mehr leben|nicht mehr leben will|nicht mehr leben möchte|"
          "nicht mehr leben moechte|nicht weiterleben|keine lust mehr zu leben|keinen sinn mehr zu leben|"
          "kein sinn mehr zu leben|leben hat keinen sinn mehr|mich umbringen|mich umzubringen|ich bringe mich um|"
          "ich bring mich um|bringe mich jetzt um|mich töten|mich toeten|mich zu töten|mich zu toeten|"
          "mich selbst töten|mich selbst toeten|mir das leben nehmen|mir das leben zu nehmen|nehme mir das leben|"
          "nehm mir das leben|mir etwas antun|mir was antun|mir etwas anzutun|mir was anzutun|mich aufhängen|"
          "mich aufhaengen|mich erhängen|mich erhaengen|mich vor den zug|ich ritze mich|mich ritzen|mich zu ritzen|"
          "selbstverletz*|verletze mich selbst|mich selbst verletzen|mich selbst zu verletzen|pulsadern aufschneiden",
    "en": "poison myself|starve myself|overdose|cut myself without|how deep should i cut|burn myself|"
          "hurt myself seriously|until i die|suicid*|kill myself|killing myself|kill my self|end my life|"
          "ending my life|end my own life|take my own life|take my life|taking my own life|end it all|want to die|"
          "wanna die|wish i was dead|wish i were dead|better off dead|want to be dead|don't want to live anymore|"
          "don't want to live any more|dont want to live anymore|do not want to live anymore|don't want to be alive|"
          "dont want to be alive|do not want to be alive|no reason to live|nothing to live for|not worth living|"
          "self harm*|selfharm*|self injur*|harm myself|harming myself|hurt myself on purpose|want to hurt myself|"
          "going to hurt myself|gonna hurt myself|been hurting myself|keep hurting myself|i am hurting myself|"
          "i'm hurting myself|im hurting myself|thoughts of hurting myself|cut myself on purpose|want to cut myself|"
          "been cutting myself|keep cutting myself|i am cutting myself|i'm cutting myself|im cutting myself|"
          "hang myself",
    # Ukrainian: the apostrophe of вб'ю is typed as ', ʼ or left out.
    "uk": "суїцид*|самогубств*|покінчити з собою|покінчу з собою|покінчити із собою|покінчити з життям|"
          "покінчу з життям|покінчити життя|вбити себе|вб'ю себе|вбʼю себе|вбю себе|убити себе|уб'ю себе|хочу померти|"
          "хочу вмерти|хочу здохнути|не хочу жити|не хочу більше жити|більше не хочу жити|не хочеться жити|"
          "набридло жити|немає сенсу жити|нема сенсу жити|шкоджу собі|зашкодити собі|завдати собі шкоди|"
          "завдаю собі шкоди|ріжу себе|порізати себе|різати вени|повіситися|повішуся|самоушкодж*",
    "ru": "суицид*|самоуби*|покончить с собой|покончу с собой|покончить жизнь|покончить с жизнью|покончу с жизнью|"
          "убить себя|убью себя|хочу умереть|хочется умереть|хочу сдохнуть|не хочу жить|не хочу больше жить|"
          "больше не хочу жить|не хочется жить|жить не хочу|незачем жить|нет смысла жить|причинить себе вред|"
          "причиняю себе вред|навредить себе|режу себя|резать себя|порезать себя|режу руки|резать вены|вскрыть вены|"
          "повеситься|повешусь|селфхарм|самоповрежд*",
    # Arabic: ة also written ه, final ي also written ى (hamza and vowel signs are removed anyway).
    "ar": "انتحار*|الانتحار*|بالانتحار|للانتحار|انتحر*|سأنتحر|بنتحر|هنتحر|حنتحر|أقتل نفسي|أقتل نفسى|سأقتل نفسي|"
          "سأقتل نفسى|بقتل نفسي|بقتل نفسى|قتل نفسي|قتل نفسى|أقتل حالي|أقتل حالى|بقتل حالي|بقتل حالى|قتل حالي|قتل حالى|"
          "أريد أن أموت|أريد الموت|أود الموت|أتمنى الموت|أتمنى أن أموت|بدي موت|بدى موت|بدي اموت|بدى اموت|عايز اموت|"
          "عاوز اموت|عايزة اموت|عايزه اموت|نفسي اموت|نفسى اموت|أبغى اموت|أبي أموت|أبى أموت|لا أريد أن أعيش|"
          "لا أريد العيش|لا أريد الحياة|لا أريد الحياه|لم أعد أريد الحياة|لم أعد أريد الحياه|لم أعد أريد العيش|"
          "لم أعد أريد أن أعيش|ما بدي عيش|ما بدى عيش|مش عايز اعيش|مش عايزة اعيش|مش عايزه اعيش|أنهي حياتي|أنهى حياتى|"
          "إنهاء حياتي|إنهاء حياتى|أضع حدا لحياتي|أضع حدا لحياتى|أؤذي نفسي|أؤذى نفسى|إيذاء نفسي|إيذاء نفسى|أذية نفسي|"
          "أذيه نفسي|أذيه نفسى|أجرح نفسي|أجرح نفسى|أشنق نفسي|أشنق نفسى",
    # Turkish: ı also typed i.
    "tr": "intihar*|kendimi öldür*|kendimi asacağım|kendimi asacağim|kendimi asmak|ölmek isti*|ölmek istiyom|"
          "artık yaşamak istemiyorum|artik yaşamak istemiyorum|yaşamak istemiyorum artık|yaşamak istemiyorum artik|"
          "yaşamak istemiyom artık|yaşamak istemiyom artik|yaşama isteğim yok|yaşamanın anlamı yok|"
          "yaşamanin anlami yok|hayatıma son verm*|hayatima son verm*|hayatıma son vere*|hayatima son vere*|"
          "hayatıma son veriyorum|hayatima son veriyorum|hayatıma son versem|hayatima son versem|canıma kıymak|"
          "canima kiymak|canıma kıyacağım|canima kiyacağim|kendime zarar|kendimi kesiyorum|kendimi kestim|"
          "bileklerimi kesmek|bileklerimi keseceğim",
    # Persian: with and without the half space of می/نمی; Arabic keyboards type ي for ی, ك for ک.
    "fa": "خودکش*|خودكش*|خود کشی|خود كشي|خودمو بکشم|خودمو بكشم|خودم را بکشم|خودم را بكشم|خودم رو بکشم|خودم رو بكشم|"
          "خودمو میکشم|خودمو ميكشم|خودمو می کشم|خودمو مي كشم|خودم را میکشم|خودم را ميكشم|خودم را می کشم|"
          "خودم را مي كشم|میخواهم بمیرم|ميخواهم بميرم|می خواهم بمیرم|مي خواهم بميرم|میخوام بمیرم|ميخوام بميرم|"
          "می خوام بمیرم|مي خوام بميرم|میخواد بمیرم|ميخواد بميرم|می خواد بمیرم|مي خواد بميرم|کاش بمیرم|كاش بميرم|"
          "کاش مرده بودم|كاش مرده بودم|کاش میمردم|كاش ميمردم|نمیخواهم زنده بمانم|نميخواهم زنده بمانم|"
          "نمی خواهم زنده بمانم|نمي خواهم زنده بمانم|نمیخوام زنده بمونم|نميخوام زنده بمونم|نمی خوام زنده بمونم|"
          "نمي خوام زنده بمونم|نمیخواهم زندگی کنم|نميخواهم زندگي كنم|نمی خواهم زندگی کنم|نمي خواهم زندگي كنم|"
          "نمیخوام زندگی کنم|نميخوام زندگي كنم|نمی خوام زندگی کنم|نمي خوام زندگي كنم|نمیخوام زنده باشم|"
          "نميخوام زنده باشم|نمی خوام زنده باشم|نمي خوام زنده باشم|نمیخواهم زنده باشم|نميخواهم زنده باشم|"
          "نمی خواهم زنده باشم|نمي خواهم زنده باشم|به زندگیم پایان|به زندگيم پايان|به زندگی ام پایان|"
          "به زندگي ام پايان|به زندگی خودم پایان|به زندگي خودم پايان|به زندگیم خاتمه|به زندگيم خاتمه|به خودم آسیب|"
          "به خودم آسيب|به خودم صدمه|خودزنی|خودزني|رگمو بزنم|رگ دستمو",
    # Pashto: Persian and Arabic keyboards lack ې ۍ ګ ښ ټ ړ ډ ڼ ږ (ی گ ش ت ر د ن ژ, ي ك).
    "ps": "ځان وژنه|ځانوژنه|ځان وژنې|ځان وژنی|ځان وژني|ځان وژل|ځان ووژنم|ځان وژنم|ځان به ووژنم|ځان مړ کړم|ځان مر کرم|"
          "ځان مر كرم|ځان ته زیان|ځان ته زيان|ځان ته ضرر|غواړم مړ شم|غوارم مر شم|غواړم چې مړ شم|غوارم چی مر شم|"
          "غواړم چي مړ شم|غوارم چي مر شم|مړ کېدل غواړم|مر کیدل غوارم|مړ کيدل غواړم|مر كيدل غوارم|مرګ غواړم|مرگ غوارم|"
          "ژوند نه غواړم|ژوند نه غوارم|نور ژوند نه غواړم|نور ژوند نه غوارم|نه غواړم ژوندی|نه غوارم ژوندی|"
          "نه غواړم ژوندي|نه غوارم ژوندي|نه غواړم چې ژوندی|نه غوارم چی ژوندی|نه غواړم چي ژوندي|نه غوارم چي ژوندي",
    # Sorani: also as typed on a Persian keyboard (ی و ل ر ه for ێ ۆ ڵ ڕ ە).
    "ckb": "خۆکوشتن|خوکوشتن|خۆکووشتن|خوکووشتن|خۆکوژی|خوکوژی|خۆ کوشتن|خو کوشتن|خۆم بکوژم|خوم بکوژم|خۆم دەکوژم|"
           "خوم دهکوژم|خۆم ئەکوژم|خوم ئهکوژم|دەمەوێت بمرم|دهمهویت بمرم|دەمەوێ بمرم|دهمهوی بمرم|ئەمەوێ بمرم|"
           "ئهمهوی بمرم|حەز دەکەم بمرم|حهز دهکهم بمرم|نامەوێت بژیم|نامهویت بژیم|نامەوێ بژیم|نامهوی بژیم|ناتوانم بژیم|"
           "ئازاری خۆم|ئازاری خوم|ئازار بە خۆم|ئازار به خوم|خۆم بریندار|خوم بریندار",
    # Polish: ł also typed l.
    "pl": "samobój*|się zabić|zabić się|zabiję się|się zabiję|odebrać sobie życie|skończyć ze sobą|skończę ze sobą|"
          "targnąć się na życie|chcę umrzeć|chciałbym umrzeć|chcialbym umrzeć|chciałabym umrzeć|chcialabym umrzeć|"
          "nie chcę żyć|nie chcę już żyć|nie chce mi się żyć|samookalecz*|tnę się|robię sobie krzywdę|"
          "zrobić sobie krzywdę|powiesić się|powieszę się",
    "ro": "sinucid*|suicid*|vreau să mor|aș vrea să mor|nu mai vreau să trăiesc|nu vreau să mai trăiesc|să mă omor|"
          "vreau să mă omor|o să mă omor|să-mi iau viața|să îmi iau viața|să-mi fac rău|să îmi fac rău|automutil*|"
          "să mă spânzur|mă spânzur",
    "fr": "suicid*|me suicider|me tuer|me donner la mort|mettre fin à mes jours|en finir avec la vie|"
          "en finir avec ma vie|je veux mourir|envie de mourir|je veux en finir|envie d'en finir|veux plus vivre|"
          "plus envie de vivre|me faire du mal|je me fais du mal|me scarifier|je me scarifie|scarification*|"
          "automutil*|me pendre",
    "es": "suicid*|quiero morir|quiero morirme|me quiero morir|quisiera morir|ganas de morir|matarme|me voy a matar|"
          "me quiero matar|quitarme la vida|ya no quiero vivir|no quiero seguir viviendo|no quiero vivir más|"
          "hacerme daño|me hago daño|autolesi*|cortarme las venas|ahorcarme",
    "it": "suicid*|uccidermi|ammazzarmi|mi ammazzo|mi uccido|togliermi la vita|voglio morire|vorrei morire|"
          "voglio farla finita|vorrei farla finita|farla finita per sempre|non voglio più vivere|"
          "non voglio vivere più|farmi del male|mi faccio del male|autolesion*|tagliarmi le vene|impiccarmi",
    # Croatian, Serbian (Latin) and Bosnian: đ also typed dj or d.
    "hr": "samoubi*|samouboj*|ubiti se|ubit ću se|ubiću se|se ubiti|da se ubijem|ubiti sebe|ubijem sebe|"
          "želim umrijeti|želim umreti|hoću umrijeti|hoću da umrem|želim da umrem|ne želim više živjeti|"
          "ne želim više živeti|ne želim više da živim|ne želim živjeti više|ne želim da živim više|"
          "nemam za što živjeti|samoozljeđ*|samoozljedj*|samoozljed*|samopovređ*|samopovredj*|samopovred*|režem se|"
          "povrijediti sebe|povrediti sebe|objesiti se|obesiti se",
    # Serbian in Cyrillic letters.
    "sr": "самоуби*|убити се|убићу се|убит ћу се|да се убијем|убити себе|желим да умрем|хоћу да умрем|"
          "не желим више да живим|не желим да живим више|самоповређ*|режем се|обесити се|обесићу се",
    "el": "αυτοκτον*|θέλω να πεθάνω|θα ήθελα να πεθάνω|θέλω να σκοτωθώ|να σκοτώσω τον εαυτό μου|σκοτώσω τον εαυτό μου|"
          "δεν θέλω να ζω πια|δε θέλω να ζω πια|δεν θέλω πια να ζω|δε θέλω πια να ζω|δεν θέλω να ζήσω άλλο|"
          "δεν θέλω άλλο να ζω|να βλάψω τον εαυτό μου|βλάπτω τον εαυτό μου|κόβω τον εαυτό μου|αυτοτραυματ*|"
          "να κρεμαστώ",
    "bg": "самоуби*|искам да умра|искам да се убия|ще се убия|да се убия|не искам да живея повече|"
          "не искам повече да живея|не ми се живее|самонараня*|наранявам се|да нараня себе си|режа се|ще се обеся|"
          "да се обеся",
    "cs": "sebevražd*|zabít se|se zabít|zabiju se|se zabiju|nechci už žít|nechci dál žít|už nechci žít|chci umřít|"
          "chtěl bych umřít|chtěla bych umřít|sebepoškoz*|ubližuji si|ubližovat si|řežu se|oběsit se|oběsím se",
    "nl": "zelfmoord*|suïcid*|mezelf van kant|mijzelf van kant|mezelf doden|mezelf ombrengen|mezelf iets aandoen|"
          "mijzelf iets aandoen|ik wil dood|ik wil sterven|ik wil niet meer leven|een einde aan mijn leven|"
          "een eind aan mijn leven|mezelf pijn doen|mezelf snijden|ik snijd mezelf|zelfbeschadig*|mezelf ophangen",
    "hu": "öngyilkos*|meg akarok halni|meghalni akarok|megölöm magam|megölni magam|megöljem magam|végzek magammal|"
          "végezni magammal|véget vetek az életemnek|véget vetni az életemnek|nem akarok tovább élni|"
          "nem akarok már élni|nem akarok többé élni|bántom magam|bántani magam|önsértés*|vagdosom magam|"
          "felakasztom magam",
    # Chinese: compared as strings of characters anywhere in the message; simplified and traditional.
    "zh": "自杀|自殺|轻生|輕生|想死|不想活|活不下去|不想再活|结束自己的生命|結束自己的生命|结束我的生命|結束我的生命|自残|自殘|割腕|伤害自己|傷害自己|上吊",
    "pt": "suicid*|me matar|matar-me|me suicidar|quero morrer|queria morrer|vontade de morrer|não quero mais viver|"
          "tirar a minha vida|tirar minha vida|quero me machucar|me machucar de propósito|me machuco de propósito|"
          "quero me cortar|estou me cortando|automutil*|autolesão|me enforcar",
    "sq": "vetëvras*|vetvras*|dua të vdes|dëshiroj të vdes|të vras veten|vras veten|do ta vras veten|"
          "t'i jap fund jetës|nuk dua të jetoj më|nuk dua më të jetoj|nuk dua më të jetojë|të lëndoj veten|"
          "lëndoj veten|vetëdëmtim*|vetëlëndim*",
    # Vietnamese: marks are removed, so only word groups ("tự tử" alone is "từ từ", slowly); đ also d.
    "vi": "muốn tự tử|định tự tử|dịnh tự tử|sẽ tự tử|nghĩ đến tự tử|nghĩ dến tự tử|nghĩ đến việc tự tử|"
          "nghĩ dến việc tự tử|ý định tự tử|ý dịnh tự tử|ý nghĩ tự tử|chuyện tự tử|muốn tự sát|định tự sát|"
          "dịnh tự sát|sẽ tự sát|tự kết liễu|kết liễu cuộc đời|kết liễu cuộc dời|kết liễu đời mình|kết liễu dời mình|"
          "tôi muốn chết|tôi chỉ muốn chết|em muốn chết|muốn chết đi|muốn chết di|không muốn sống nữa|"
          "chẳng muốn sống nữa|không thiết sống|tự làm hại bản thân|tự làm đau bản thân|tự làm dau bản thân|"
          "tự hại bản thân|tự gây thương tích|rạch tay",
    # Kurmanji (Latin letters).
    "ku": "xwekuştin*|xwe kuştin|xwe bikujim|xwe bikuje|xwe dikujim|dixwazim bimirim|naxwazim bijîm|"
          "êdî naxwazim bijîm|naxwazim êdî bijîm|zirarê bidim xwe|zirarê didim xwe|xwe birîndar bikim|"
          "xwe birîndar dikim|xwe bidarvekim",
    # Tigrinya (Ge'ez script).
    "ti": "ርእሰ ቅትለት|ነብሰይ ክቐትል|ርእሰይ ክቐትል|ክመውት ደልየ|ክመውት እደሊ|ሞት እደሊ|ክነብር ኣይደልን|ክነብር ኣይደለን|ህይወተይ ከብቅዕ|ርእሰይ ክጎድእ|ነብሰይ ክጎድእ",
    # Somali.
    "so": "isdil*|is dil|is dilid|is dilaya*|inaan is dilo|inaan isdilo|naftayda dilo|naftayda iska qaado|"
          "inaan dhinto|ma rabo inaan noolaado|ma doonayo inaan noolaado|is waxyeel*|naftayda waxyeel*",
    # Amharic (Ge'ez script): "ራስን ማጥፋት" (suicide, "destroying oneself") also as a topic.
    "am": "ራስን ማጥፋት|ራስን የማጥፋት|ራስን መግደል|ራስን የመግደል|ራሴን ማጥፋት|ራሴን ላጠፋ|ራሴን አጠፋለሁ|ራሴን አጠፋለው|"
          "ራሴን ልገድል|ራሴን መግደል|ራሴን እገድላለሁ|ራሴን እገድላለው|ራሴን ለመግደል|ራሴን ለማጥፋት|ህይወቴን ማጥፋት|ሕይወቴን ማጥፋት|"
          "ህይወቴን ላጠፋ|ሕይወቴን ላጠፋ|ህይወቴን መጨረስ|ሕይወቴን መጨረስ|መሞት እፈልጋለሁ|መሞት እፈልጋለው|መሞት ፈልጌ|መሞት እመኛለሁ|"
          "ብሞት ይሻለኛል|ብሞት ይሻላል|ከእንግዲህ መኖር አልፈልግም|ከዚህ በኋላ መኖር አልፈልግም|ከእንግዲህ መኖር አልችልም|መኖር ሰልችቶኛል|"
          "መኖር አስጠልቶኛል|ራሴን ልሰቅል|ራሴን እሰቅላለሁ|ራሴን መስቀል|መርዝ ልጠጣ|መርዝ ጠጥቼ ልሞት|ራሴን መጉዳት እፈልጋለሁ|"
          "ራሴን ልጎዳ|ራሴን ለመጉዳት|ራሴን እጎዳለሁ|ራሴን እየጎዳሁ",
}

# Violence or acute danger happening to the writer: being beaten, abused, threatened with death, raped,
# "I am in danger", and domestic violence, also as a topic ("Auskunftssperre wegen häuslicher Gewalt").
# Apart from SELF_HARM because such a message may also ask a practical question (an Auskunftssperre,
# registering at a new address), which gets an answer from the town's pages after the help numbers.
VIOLENCE = {
    # German: ä ö ü ß are also written ae oe ue ss.
    "de": "schlägt mich|schlaegt mich|mich schlägt|mich schlaegt|schlagen mich|mich geschlagen|werde geschlagen|"
          "wurde geschlagen|verprügelt mich|verpruegelt mich|mich verprügelt|mich verpruegelt|prügelt mich|"
          "pruegelt mich|misshandelt mich|mich misshandelt|werde misshandelt|missbraucht mich|mich missbraucht|"
          "werde missbraucht|würgt mich|wuergt mich|vergewaltig*|häuslich* gewalt|haeuslich* gewalt|gewalt in der ehe|"
          "gewalt in der beziehung|gewalt in der familie|gewalt zu hause|gewalt zuhause|werde bedroht|wurde bedroht|"
          "bedroht mich|bedrohen mich|mich bedroht|droht mich umzubringen|droht mir mit dem tod|ich bin in gefahr|"
          "bin in lebensgefahr|wir sind in gefahr|angst um mein leben|todesangst",
    "en": "he beats me|she beats me|husband beats me|wife beats me|partner beats me|boyfriend beats me|"
          "father beats me|dad beats me|he is beating me|he's beating me|she is beating me|she's beating me|"
          "husband is beating me|beating me up|beating me again|beating me every|beat me up|beats me up|he hits me|"
          "she hits me|husband hits me|wife hits me|partner hits me|boyfriend hits me|girlfriend hits me|"
          "father hits me|dad hits me|husband hit me|boyfriend hit me|partner hit me|he is hitting me|"
          "husband is hitting me|boyfriend is hitting me|partner is hitting me|father is hitting me|dad is hitting me|"
          "wife is hitting me|girlfriend is hitting me|hitting me again|he's hitting me|keeps hitting me|being beaten|"
          "being abused|abusing me|abuses me|domestic violence|domestic abuse|abusive husband|abusive partner|"
          "abusive relationship|i am in danger|i'm in danger|im in danger|we are in danger|my life is in danger|"
          "our lives are in danger|fear for my life|afraid for my life|threatening to kill me|threatened to kill me|"
          "threatens to kill me|wants to kill me|going to kill me|gonna kill me|trying to kill me|tried to kill me|"
          "raped me|i was raped|been raped|sexually assaulted|strangled me|choking me",
    # Ukrainian: the apostrophe of б'є is typed as ', ʼ or left out.
    "uk": "б'є мене|бʼє мене|бє мене|мене б'є|мене бʼє|мене бє|мене б'ють|мене бʼють|мене бють|б'ють мене|мене побив|"
          "побив мене|мене побили|домашн* насильств*|насильство в сім'ї|насильство в родині|погрожує вбити|"
          "погрожує мене вбити|хоче мене вбити|хоче вбити мене|вб'є мене|мене вб'є|я в небезпеці|"
          "моє життя в небезпеці|життя під загрозою|зґвалт*|згвалт*",
    "ru": "меня бьет|бьет меня|меня бьют|бьют меня|меня избивает|избивает меня|меня избил|избил меня|меня избили|"
          "избили меня|домашн* насили*|насилие в семье|насилия в семье|угрожа* убить|угрожа* меня убить|"
          "угрожа* убийством|угрожа* мне убийством|хочет меня убить|хочет убить меня|убьет меня|меня убьет|"
          "я в опасности|моя жизнь в опасности|жизнь под угрозой|изнасил*",
    # Arabic: ة also written ه, final ي also written ى (hamza and vowel signs are removed anyway).
    "ar": "يضربني|يضربنى|تضربني|تضربنى|يضربوني|يضربونى|يضربونني|يضربوننى|ضربني|ضربنى|ضربتني|ضربتنى|بيضربني|بيضربنى|"
          "يعنفني|يعنفنى|يعذبني|يعذبنى|اغتصبني|اغتصبنى|اغتصبوني|اغتصبونى|اغتصابي|اغتصابى|تعرضت للاغتصاب|العنف الأسري|"
          "العنف الأسرى|عنف أسري|عنف أسرى|للعنف الأسري|للعنف الأسرى|للعنف المنزلي|للعنف المنزلى|للعنف الزوجي|"
          "للعنف الزوجى|أتعرض للعنف|أتعرض للضرب|العنف المنزلي|العنف المنزلى|عنف منزلي|عنف منزلى|العنف الزوجي|"
          "العنف الزوجى|عنف زوجي|عنف زوجى|يهددني بالقتل|يهددنى بالقتل|هددني بالقتل|هددنى بالقتل|يهددونني بالقتل|"
          "يهددوننى بالقتل|يريد قتلي|يريد قتلى|يريد أن يقتلني|يريد أن يقتلنى|سيقتلني|سيقتلنى|رح يقتلني|رح يقتلنى|"
          "راح يقتلني|راح يقتلنى|بدو يقتلني|بدو يقتلنى|هيقتلني|هيقتلنى|حيقتلني|حيقتلنى|أنا في خطر|أنا فى خطر|أنا بخطر|"
          "حياتي في خطر|حياتى فى خطر|حياتي بخطر|حياتى بخطر",
    # Turkish: ı also typed i.
    "tr": "beni dövüyor|beni dövdü|beni döver|beni dövüyorlar|beni dövüyo|dayak yiyorum|dayak atıyor|dayak atiyor|"
          "beni darp|darp ediyor|aile içi şiddet|ev içi şiddet|şiddet görüyorum|şiddet gördüm|şiddet uyguluyor|"
          "bana şiddet|beni öldür*|ölümle tehdit|hayatım tehlikede|hayatim tehlikede|canım tehlikede|canim tehlikede|"
          "tehlikedeyim|tecavüze uğradım|tecavüze uğradim|bana tecavüz",
    # Persian: with and without the half space of می/نمی; Arabic keyboards type ي for ی, ك for ک.
    "fa": "کتکم میزنه|كتكم ميزنه|کتکم می زنه|كتكم مي زنه|کتکم میزند|كتكم ميزند|کتکم می زند|كتكم مي زند|کتکم زد|"
          "كتكم زد|منو میزنه|منو ميزنه|منو می زنه|منو مي زنه|مرا میزند|مرا ميزند|مرا می زند|مرا مي زند|منو کتک|"
          "منو كتك|مرا کتک|مرا كتك|من را کتک|من را كتك|کتک میخورم|كتك ميخورم|کتک می خورم|كتك مي خورم|خشونت خانگی|"
          "خشونت خانگي|خشونت خانوادگی|خشونت خانوادگي|همسر آزاری|همسر آزاري|همسرآزاری|همسرآزاري|تهدید به قتل|"
          "تهديد به قتل|تهدید به قتلم|تهديد به قتلم|تهدیدم به قتل|تهديدم به قتل|تهدید به مرگ|تهديد به مرگ|"
          "میخواد منو بکشه|ميخواد منو بكشه|می خواد منو بکشه|مي خواد منو بكشه|میخواهد مرا بکشد|ميخواهد مرا بكشد|"
          "می خواهد مرا بکشد|مي خواهد مرا بكشد|جانم در خطر|جونم در خطر|جونم در خطره|جان من در خطر|زندگیم در خطر|"
          "زندگيم در خطر|در خطر هستم|من در خطرم|به من تجاوز|بهم تجاوز|تجاوز جنسی|تجاوز جنسي",
    # Pashto: Persian and Arabic keyboards lack ې ۍ ګ ښ ټ ړ ډ ڼ ږ (ی گ ش ت ر د ن ژ, ي ك).
    "ps": "ما وهي|ما وهلی|ما وهلي|ما ووهله|ما ووهلم|مې وهي|می وهي|مي وهي|وهل کېږم|وهل کیژم|وهل کيږم|وهل كيژم|"
          "کورن* تاوتریخوال*|کورن* تاوتريخوال*|كورن* تاوتريخوال*|کورنی تشدد|کورني تشدد|كورني تشدد|کورنۍ تشدد|"
          "په کور کې تاوتریخوالی|په کور کی تاوتریخوالی|په کور کي تاوتريخوالي|په كور كي تاوتريخوالي|ما وژني|ما ووژني|"
          "ما به ووژني|د وژلو ګواښ|د وژلو گواش|په خطر کې یم|په خطر کی یم|په خطر کي يم|په خطر كي يم|ژوند مې په خطر|"
          "ژوند می په خطر|ژوند مي په خطر|زما ژوند په خطر|جنسي تېری|جنسي تیری|جنسي تيري",
    # Sorani: also as typed on a Persian keyboard (ی و ل ر ه for ێ ۆ ڵ ڕ ە).
    "ckb": "لێم دەدات|لیم دهدات|لێم دەدا|لیم دهدا|لێم ئەدات|لیم ئهدات|لێم ئەدا|لیم ئهدا|لێیدام|لییدام|لێی دام|لیی دام|"
           "توندوتیژی خێزانی|توندوتیژی خیزانی|توندوتیژیی خێزانی|توندوتیژیی خیزانی|توندوتیژی ماڵەوە|توندوتیژی مالهوه|"
           "هەڕەشەی کوشتن*|ههرهشهی کوشتن*|دەیەوێت بمکوژێت|دهیهویت بمکوژیت|بمکوژێت|بمکوژیت|بمکوژێ|بمکوژی|لە مەترسیدام|"
           "له مهترسیدام|ژیانم لە مەترسیدا*|ژیانم له مهترسیدا*|دەستدرێژی سێکسی|دهستدریژی سیکسی|دەستدرێژیم کرایە سەر|"
           "دهستدریژیم کرایه سهر",
    # Polish: ł also typed l.
    "pl": "mnie bije|bije mnie|mnie biją|biją mnie|mnie pobił|mnie pobil|pobił mnie|pobil mnie|mnie pobili|"
          "pobili mnie|mnie katuje|znęca się nade mną|przemoc domow*|przemocy domow*|przemoc w rodzinie|"
          "przemocy w rodzinie|grozi mi śmiercią|grozi że mnie zabije|chce mnie zabić|zabije mnie|"
          "jestem w niebezpieczeństwie|moje życie jest zagrożone|zgwałc*|zgwalc*",
    "ro": "soțul mă bate|mă bate soțul|mă bate bărbatul|el mă bate|mă bate în fiecare zi|meu mă bate|m-a bătut|"
          "mă lovește|sunt bătută|violență domestică|violență în familie|violenței domestice|violenței în familie|"
          "violență conjugală|mă amenință cu moartea|amenință că mă omoară|vrea să mă omoare|o să mă omoare|"
          "sunt în pericol|viața mea e în pericol|viața mea este în pericol|m-a violat|am fost violată",
    "fr": "il me frappe|elle me frappe|mari me frappe|copain me frappe|conjoint me frappe|compagnon me frappe|"
          "me frappe tous|me frappent|il m'a frappé|il m'a frappée|il me bat|elle me bat|mari me bat|copain me bat|"
          "conjoint me bat|compagnon me bat|me battent|me tabasse|m'a tabassé|m'a tabassée|violence conjugale|"
          "violences conjugales|violence domestique|violences domestiques|violence familiale|violences familiales|"
          "violences intrafamiliales|me menace de mort|menace de me tuer|veut me tuer|va me tuer|je suis en danger|"
          "ma vie est en danger|m'a violée|m'a violé|j'ai été violée|viol conjugal",
    "es": "mi marido me pega|mi esposo me pega|mi pareja me pega|mi novio me pega|mi padre me pega|mi madre me pega|"
          "él me pega|me pegan|me pega todos|me golpea|me golpean|me golpeó|me maltrata|me maltratan|"
          "violencia doméstica|violencia de género|violencia machista|violencia intrafamiliar|me amenaza de muerte|"
          "me amenazó de muerte|quiere matarme|me quiere matar|me va a matar|estoy en peligro|mi vida corre peligro|"
          "mi vida está en peligro|me violó|me violaron|fui violada",
    "it": "mi picchia|mi picchiano|mi ha picchiata|mi ha picchiato|mi picchiava|mi maltratta|mi maltrattano|"
          "violenza domestica|violenze domestiche|violenza in famiglia|mi minaccia di morte|mi vuole uccidere|"
          "mi vuole ammazzare|mi ammazzerà|mi ucciderà|sono in pericolo|la mia vita è in pericolo|mi ha violentata|"
          "sono stata violentata",
    # Croatian, Serbian (Latin) and Bosnian.
    "hr": "muž me tuče|me tuče|tuče me|me tuku|tuku me|me bije|bije me|me pretukao|pretukao me|me zlostavlja|"
          "zlostavlja me|nasilje u obitelji|nasilje u porodici|obiteljsko nasilje|porodično nasilje|kućno nasilje|"
          "prijeti mi smrću|preti mi smrću|prijeti da će me ubiti|preti da će me ubiti|hoće me ubiti|želi me ubiti|"
          "ubit će me|ubiće me|u opasnosti sam|život mi je u opasnosti|silovao me|silovana sam|silovali su me",
    # Serbian in Cyrillic letters.
    "sr": "муж ме туче|ме туче|туче ме|ме туку|туку ме|ме бије|бије ме|ме претукао|претукао ме|ме злоставља|"
          "злоставља ме|насиље у породици|породично насиље|кућно насиље|прети ми смрћу|прети да ће ме убити|"
          "хоће да ме убије|жели да ме убије|убиће ме|у опасности сам|живот ми је у опасности|силовао ме|силована сам",
    "el": "με χτυπάει|με χτυπάνε|με δέρνει|με δέρνουν|με έδειρε|ενδοοικογενειακ*|βία στο σπίτι|βία στην οικογένεια|"
          "απειλεί να με σκοτώσει|με απειλεί με θάνατο|θέλει να με σκοτώσει|θα με σκοτώσει|η ζωή μου κινδυνεύει|"
          "κινδυνεύει η ζωή μου|η ζωή μου είναι σε κίνδυνο|βρίσκομαι σε κίνδυνο|είμαι σε κίνδυνο|με βίασε|με βίασαν|"
          "βιάστηκα",
    "bg": "мъжът ми ме бие|ме бие|бие ме|ме бият|бият ме|ме преби|преби ме|домашно насилие|домашното насилие|"
          "насилие в семейството|заплашва ме със смърт|заплашва да ме убие|иска да ме убие|ще ме убие|в опасност съм|"
          "животът ми е в опасност|изнасили ме|бях изнасилена",
    "cs": "manžel mě bije|mě bije|bije mě|mě bijí|bijí mě|mě zbil|zbil mě|mě týrá|týrá mě|domácí násilí|"
          "domácího násilí|vyhrožuje mi smrtí|vyhrožuje že mě zabije|chce mě zabít|zabije mě|jsem v nebezpečí|"
          "můj život je v ohrožení|znásiln*",
    "nl": "slaat me|slaat mij|mij slaat|me slaat|slaan me|slaan mij|mishandelt me|mishandelt mij|word mishandeld|"
          "huiselijk geweld|geweld in huis|bedreigt me met de dood|bedreigt mij met de dood|wil me vermoorden|"
          "wil mij vermoorden|vermoordt me|ik ben in gevaar|mijn leven is in gevaar|verkracht*",
    "hu": "a férjem ver|ver engem|engem ver|megvert engem|engem megvert|megvert a férjem|bántalmaz*|"
          "családon belüli erőszak|párkapcsolati erőszak|halállal fenyeget*|meg akar ölni|meg fog ölni|"
          "veszélyben vagyok|az életem veszélyben|megerőszak*",
    # Chinese: compared as strings of characters anywhere in the message; simplified and traditional.
    "zh": "家暴|家庭暴力|老公打我|丈夫打我|男朋友打我|男友打我|爸爸打我|父亲打我|父親打我|他经常打我|他經常打我|他又打我|他总是打我|他總是打我|打我骂我|打我罵我|殴打我|毆打我|要杀我|要殺我|想杀我|想殺我|"
          "杀了我|殺了我|威胁要杀|威脅要殺|我有危险|我有危險|我有生命危险|我有生命危險|强奸|強姦|强暴|強暴|性侵",
    "pt": "me bate|me batem|me bateu|me espanca|me espancam|me espancou|me agride|me agridem|me agrediu|"
          "violência doméstica|me ameaça de morte|ameaçou me matar|quer me matar|vai me matar|estou em perigo|"
          "minha vida está em perigo|minha vida corre perigo|me estuprou|fui estuprada|fui violentada",
    "sq": "burri më rreh|im më rreh|ai më rreh|më rreh çdo ditë|më rrah|më rrahu|më ka rrahur|më rrahin|"
          "dhunë në familje|dhuna në familje|dhunë shtëpiake|dhuna shtëpiake|dhunë familjare|dhuna familjare|"
          "më kërcënon me vdekje|kërcënon të më vrasë|do të më vrasë|do më vrasë|dëshiron të më vrasë|jam në rrezik|"
          "jeta ime është në rrezik|jeta ime në rrezik|më përdhunoi|përdhun*",
    # Vietnamese: marks are removed, so only word groups ("bạo hành" alone is "bảo hành"); đ also d.
    "vi": "chồng tôi đánh tôi|chồng tôi dánh tôi|chồng đánh tôi|chồng dánh tôi|đánh tôi|dánh tôi|đánh đập tôi|"
          "dánh dập tôi|bị đánh đập|bị dánh dập|bị chồng đánh|bị chồng dánh|bạo lực gia đình|bạo lực gia dình|"
          "bị bạo hành|bạo hành gia đình|bạo hành gia dình|dọa giết tôi|đe dọa giết|de dọa giết|muốn giết tôi|"
          "sẽ giết tôi|tôi đang gặp nguy hiểm|tôi dang gặp nguy hiểm|tôi đang bị nguy hiểm|tôi dang bị nguy hiểm|"
          "tính mạng tôi đang bị đe dọa|tính mạng tôi dang bị de dọa|tính mạng tôi bị đe dọa|tính mạng tôi bị de dọa|"
          "tính mạng tôi đang gặp nguy hiểm|tính mạng tôi dang gặp nguy hiểm|hiếp dâm|cưỡng hiếp",
    # Kurmanji (Latin letters).
    "ku": "li min dixe|li min dide|li min dixin|li min dan|min lêdide|tundiya malbatî|tundiya nav malê|şîdeta malbatî|"
          "şîdeta nav malê|dixwaze min bikuje|min bikuje|gefa kuştinê|ez di xeterê de me|jiyana min di xeterê de|"
          "ez di talûkeyê de me|jiyana min di talûkeyê de|destdirêjiya zayendî|tecawizî min",
    # Tigrinya (Ge'ez script).
    "ti": "ይወቕዓኒ|ይሃርመኒ|ይህርመኒ|ዓመጽ ኣብ ገዛ|ናይ ገዛ ዓመጽ|ስድራቤታዊ ዓመጽ|ክቐትለኒ ይደሊ|ክቐትለኒ እዩ|ኣብ ሓደጋ ኣለኹ|ኣብ ሓደጋ እየ|ህይወተይ ኣብ ሓደጋ|ተዓሚጸ|"
          "ዓመጸኒ",
    # Somali.
    "so": "i garaaca|i garaacaa|i garaacay|i garaacda|i garaacdo|inuu i dilo|i dili doona|rabshad qoys*|"
          "rabshadda qoyska|xadgudub qoys*|tacadi qoys*|khatar baan ku jiraa|khatar ayaan ku jiraa|noloshaydu khatar|"
          "noloshayda khatar|la i kufsaday|i kufsaday|kufsi",
    # Amharic (Ge'ez script).
    "am": "ይደበድበኛል|ትደበድበኛለች|ይደበድቡኛል|ደበደበኝ|ደበደበችኝ|ደበደቡኝ|ይመታኛል|ትመታኛለች|ይመቱኛል|ባለቤቴ መታኝ|ባሌ መታኝ|"
          "የቤት ውስጥ ጥቃት|የቤት ውስጥ ብጥብጥ|የቤተሰብ ጥቃት|ጾታዊ ጥቃት|ፆታዊ ጥቃት|ተደፈርኩ|ደፈረኝ|ደፈሩኝ|ሊገድለኝ|ሊገድሉኝ|"
          "ልትገድለኝ|እንደሚገድለኝ|እንደሚገድሉኝ|በአደጋ ላይ ነኝ|አደጋ ላይ ነኝ|ህይወቴ አደጋ ላይ|"
          "ሕይወቴ አደጋ ላይ|ህይወቴ በአደጋ ላይ|ሕይወቴ በአደጋ ላይ",
}

# Every crisis word: self-harm first, then violence, per language.
CRISIS = {language: "|".join(part for part in (SELF_HARM.get(language, ""), VIOLENCE.get(language, "")) if part)
          for language in {**SELF_HARM, **VIOLENCE}}
