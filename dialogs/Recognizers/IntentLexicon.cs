namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// How caregivers ask for each intent, over <see cref="NormalizedText"/>, in the order they are tried: a request
/// (stop, a person, a handout, a language) wins over what the message is about, and small talk comes last.
/// </summary>
internal static class IntentLexicon
{
    private const string Person = @"(?:therapist|doctor|doctora|counselor|clinician|nurse|someone|somebody|a person|real person|human|persona|alguien|terapeuta|psicolog\w*|consejer\w*|enfermera|case manager|trabajadora social|social worker|provider|la doctora|el doctor|la terapeuta|el terapeuta|staff|la clinica|the clinic)";
    private const string Tongue = @"(?:spanish|espanol|english|ingles)";

    public static readonly (string Intent, PhraseSet Phrases)[] Requests =
    [
        (Intents.Stop, new PhraseSet(StopPattern)),
        (Intents.TalkToClinician, new PhraseSet(TalkToClinicianPattern)),
        (Intents.Help, new PhraseSet(HelpPattern)),
        (Intents.HandoutRequest, new PhraseSet(HandoutRequestPattern)),
        (Intents.LanguageSwitch, new PhraseSet(LanguageSwitchPattern)),
    ];

    public static readonly PhraseSet Setback = new(SetbackPattern);

    public static readonly PhraseSet ThanksGoodbye = new(ThanksGoodbyePattern);

    /// <summary>Blessings and wishes that close a message but also open one: they count only without a greeting.</summary>
    public static readonly PhraseSet Blessings = new(BlessingsPattern);

    public static readonly PhraseSet Greeting = new(GreetingPattern);

    /// <summary>
    /// A whole message that says hello again ("hi again", "hi its me again", "hola otra vez", "soy yo otra vez"):
    /// a greeting, not a setback, though "again" and "otra vez" alone are setback words. Matched on the words of the
    /// message joined by spaces, with a space at each end.
    /// </summary>
    public static readonly PhraseSet GreetingAgain = new(GreetingAgainPattern);

    /// <summary>Whole messages that are only a request for help or the menu.</summary>
    public static readonly HashSet<string> HelpAlone = ["help", "ayuda", "menu", "opciones", "options", "help me", "ayudame", "ayudeme", "info", "que hago", "what do i do", "?"];

    /// <summary>Whole messages that are only a stop keyword, as carriers and SMS rules expect.</summary>
    public static readonly HashSet<string> StopAlone = ["stop", "unsubscribe", "cancel", "end", "quit", "stopall", "basta", "alto", "parar", "para", "baja", "cancelar", "detener", "stop please", "stop por favor", "alto por favor"];

    /// <summary>The names of the two languages, as folded words.</summary>
    public static readonly string[] Tongues = ["spanish", "espanol", "english", "ingles"];

    /// <summary>Whole messages that only name a language: the caregiver picks it.</summary>
    public static readonly HashSet<string> LanguageAlone = ["espanol", "spanish", "english", "ingles", "en espanol", "in english", "in spanish", "en ingles", "espanol por favor", "english please", "spanish please", "ingles por favor"];

    private const string StopPattern =
        " (?:" + @"unsubscribe|opt out|optout|stop (?:texting|messaging|sending|the messages|these messages)|remove me|darme de baja|dar de baja"
        + "|" + @"(?:dont|do not) (?:text|message|send|contact) me"
        + "|" + @"(?:dejen|deje|dejar) de (?:mandar|enviar|escribir|mandarme|enviarme|escribirme)"
        + "|" + @"no (?:me )?(?:manden|mande|envien|escriban|escriba) (?:\w+ ){0,2}(?:mensajes|textos|mas)"
        + "|" + @"no (?:quiero|quiere) recibir (?:\w+ ){0,2}(?:mensajes|textos)"
        + "|" + @"(?:ya )?no me (?:manden|mande|envien|escriban) (?:mas )?(?:mensajes|textos)"
        + "|" + @"take me off (?:\w+ )?(?:list|lista)"
        + "|" + @"(?:paren|parenle|pare|parale|basta|ya) (?:\w+ ){0,2}(?:con )?(?:los |sus |tantos )?(?:mensajes|textos)" + ") ";

    private const string TalkToClinicianPattern =
        " (?:" + $@"(?:talk|speak|hablar|platicar|comunicarme|comunicar|contact|contactar|reach) (?:\w+ ){{0,3}}{Person}"
        + "|" + @"call me|llamame|llameme|me (?:puede|pueden|podria|podrian) (?:llamar|marcar|hablar)|que me (?:llame|hable|marque)|call back|callback"
        + "|" + @"(?:have|can|could|ask|tell|que) (?:\w+ ){0,3}(?:call|text|email|contact|llame|hable|marque|escriba) (?:me|us|back)|text me"
        + "|" + @"regres\w* la llamada"
        + "|" + @"(?:alguien|someone|somebody) (?:\w+ ){0,2}(?:me |te )?(?:llame|llamen|call|text|contact|hable)"
        + "|" + @"(?:phone call|llamada|call|meeting|reunion) (?:with|con) (?:dr|doctor|doctora|the|la|el|his|her|su|ms|mr|mrs|miss)"
        + "|" + $@"(?:message|mensaje|recado) (?:to|para|a) (?:\w+ ){{0,2}}{Person}"
        + "|" + $@"(?:see|ver) (?:\w+ ){{0,2}}{Person} (?:sooner|antes|asap|pronto)" + ") ";

    private const string HelpPattern =
        " (?:" + @"what can (?:you|u) do|what do you do|que (?:puedes|puede) hacer|como funciona|how does (?:this|it) work|what are (?:my|the) options|que opciones"
        + "|" + @"menu|back to the (?:start|beginning)|volver al (?:inicio|principio)|(?:what|who) is this|que es esto|quien eres|quien es|who are you|what are you"
        + "|" + @"para que (?:sirve|es) (?:este|esto|esta)|why am i getting|me llego (?:un|este) mensaje|no entiendo (?:como|que)|i dont understand (?:how|what)" + ") ";

    private const string HandoutRequestPattern =
        " (?:" + @"(?:send|mandar|manda|mandame|mande|mandeme|enviar|envie|envieme|give me|pasar|pasame|pase|deme|dame|tienen|tiene|tenes|hay|do you have|have any|any|anything|is there|got) (?:\w+ ){0,3}(?:info\w*|handouts?|something|algo|anything|material\w*|sheet|hoja|pdf|tips?|consejos|articulos?|articles?|folletos?|pamphlets?|brochures?|guides?|guia|resources|recursos|libros?|books?|lectura)"
        + "|" + @"(?:info|information|informacion|material\w*|tip sheet|handouts?|folletos?|pamphlets?|brochures?|something to read|algo (?:para|que) leer|written material) (?:\w+ ){0,2}(?:about|on|sobre|de|acerca|para|regarding|in)"
        + "|" + @"handouts?|folletos?|pamphlets?|brochures?|tip sheet|something to read|algo (?:para|que) leer|written material|hoja (?:con|de|sobre)"
        + "|" + @"(?:link|enlace|liga) (?:to|sobre|about|on|de) (?:\w+ ){0,2}(?:thing|cosa|info|sheet|hoja|article|articulo)"
        + "|" + @"(?:how|como) (?:do i|can i|should i|le|les|puedo) (?:\w+ ){0,2}(?:explain|explico|explicar|expliko)" + ") ";

    private const string LanguageSwitchPattern =
        " (?:" + $@"(?:switch|change|cambiar|cambia|cambie|cambiemos|pasar|pase|pasemos) (?:\w+ ){{0,3}}{Tongue}"
        + "|" + $@"(?:in|en) {Tongue} (?:please|por favor|pls)"
        + "|" + $@"(?:can we|can you|could we|could you|podemos|puede|pueden|se puede) (?:\w+ ){{0,4}}(?:in|en) {Tongue}"
        + "|" + $@"(?:do this|hacer esto|seguir|continuar|continue|write|escribir|escribame|text me|hablar|talk|speak) (?:\w+ ){{0,2}}(?:in|en) {Tongue}"
        + "|" + $@"(?:prefiero|prefer|prefers|i want|quiero|can you|puede|can we|podemos|could you) (?:\w+ ){{0,2}}(?:in |en )?{Tongue} \." + ") ";

    private const string SetbackPattern =
        " (?:" + @"(?:worse|peor|peores|empeor\w*|relaps\w*|recai\w*|recayo|backslid\w*|setback|retroceso|went back to|volvio a|volvio con|again|otra vez|de nuevo|ya lo habia dejado|ya habia dejado)"
        + "|" + @"(?:bad|rough|hard|terrible|horrible|awful) (?:week|day|weekend|night|time)"
        + "|" + @"(?:mala|horrible|terrible|dificil) (?:semana|racha|noche)"
        + "|" + @"(?:mal dia|mal fin)"
        + "|" + @"(?:semana|weekend|week|fin de semana) (?:\w+ ){0,2}(?:fue|was|has been|ha sido) (?:\w+ )?(?:horrible|terrible|bad|awful|dificil|mala)"
        + "|" + @"(?:not doing|no anda|no esta) (?:\w+ )?(?:well|good|bien)"
        + "|" + @"(?:tantrum|meltdown|rabieta|berrinche)\w*"
        + "|" + @"(?:suspended|suspendieron|expuls\w*)"
        + "|" + @"(?:stopped|dejo de) (?:\w+ )?(?:eating|sleeping|comer|dormir|going to school|ir a la escuela)"
        + "|" + @"(?:were|was|been|iba|ibamos|estaba|estabamos|habia|had been) (?:\w+ ){0,2}(?:so )?(?:good|well|bien|better|mejor)"
        + "|" + @"backwards|back to|(?:are|is|came) back|volvi\w*|pa atras|para atras|foja cero|square one|regress\w*"
        + "|" + @"(?:been|anda|esta|is|has been) (?:\w+ ){0,2}(?:angry|enojad[oa]|irritable|aggressive|agresiv[oa])" + ") ";

    private const string ThanksGoodbyePattern =
        " (?:" + @"thanks|thank you|thank u|gracias|bye|goodbye|good night|gn|adios|hasta luego|hasta manana|nos vemos|talk to you later|take care|cuidese|cuidate"
        + "|" + @"have a (?:good|nice|great)|see you|chao|chau|appreciate|le agradezco|muy amable|thats all|es todo" + ") ";

    private const string BlessingsPattern =
        " (?:" + @"bendiciones|god bless|dios (?:le|te|los) bendiga|que (?:tenga|pase) (?:un )?(?:buen|buena|bonito|bonita|lindo|linda)" + ") ";

    private const string Hello = @"(?:hi|hello|hey|heyy|hii|hola|holi|buenas|buenos dias|buen dia|buenas tardes|buenas noches|good (?:morning|afternoon|evening)|que tal)";
    private const string Again = @"(?:again|back|back again|otra vez|de nuevo|nuevamente|de vuelta|una vez mas)";
    private const string Me = @"(?:its|it is|this is|here is|soy|es) (?:me|yo)|me|yo|im|i am|aqui estoy|aca estoy|estoy aqui|ya";

    private const string GreetingAgainPattern =
        "^ (?:" + $@"(?:{Hello} )+(?:(?:there|everyone|all|a todos) )?(?:(?:{Me}) )?{Again}(?: {Hello})?"
        + "|" + $@"(?:{Hello} )*(?:{Me}) {Again}"
        + "|" + $@"(?:{Hello} )*(?:ya volvi|ya regrese|ya estoy de vuelta|volvi|regrese)" + ") $";

    private const string GreetingPattern =
        " (?:" + @"hi|hello|hey|heyy|hola|holi|buenas|buenos dias|buen dia|buenas tardes|buenas noches|good (?:morning|afternoon|evening)|morning|que tal|how are you|como esta|como estas|saludos|whats up|sup|que onda|hii" + ") ";
}
