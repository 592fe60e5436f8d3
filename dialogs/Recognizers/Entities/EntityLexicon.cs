namespace PuenteBot.Dialogs.Recognizers.Entities;

/// <summary>
/// How caregivers name each entity value, in English, Spanish and the mix of both, over <see cref="NormalizedText"/>
/// (lower case, no accents, SMS spelled out). The first value whose phrases are found wins, so the more specific
/// values come first (no insurance before Medicaid: "no tengo medicaid").
/// </summary>
internal static class EntityLexicon
{
    private const string NoHave = @"(?:no|dont|do not|dont have|do not have|dont got|aint got|have no|got no|no tengo|no tenemos|no tiene|sin|without|lost (?:our|my|his|her)|perdimos (?:el|la)|perdi (?:el|la)|se (?:nos|me|le) (?:acabo|vencio|corto)|ran out of|expired|no cuento con|no contamos con|ya no (?:tengo|tenemos|tiene))";
    private const string Plan = @"(?:insurance|insurence|insurace|aseguranza|aseguransa|seguro|seguro medico|aseguradora|coverage|cobertura|medicaid|medicade|medi cal|medical|aseguranza medica|plan)";

    public static readonly (string Value, PhraseSet Phrases)[] Insurance =
    [
        ("unsure", new(" (?:" + $@"(?:not sure|no se|no estoy segur[oa]|idk|i dont know|dunno|no sabemos|no se si|not sure if|dont know if|no me acuerdo) (?:\w+ ){{0,5}}{Plan}|{Plan} (?:\w+ ){{0,4}}(?:not sure|no se|no estoy segur[oa]|i dont know|quien sabe)|(?:creo que|i think) (?:\w+ ){{0,3}}(?:se vencio|expired|lapsed|ya no)" + ") ")),
        ("none", new(" (?:" + $@"{NoHave} (?:\w+ ){{0,2}}{Plan}|uninsured|sin aseguranza|sin seguro|self pay|pagar de mi bolsillo|out of pocket|(?:no|not) (?:\w+ )?(?:covered|cubiert[oa]s?)|ni (?:aseguranza|seguro|medicaid)" + ") ")),
        ("chip", new(" (?:chip|chips|peachcare|all kids|healthy families|star kids|chip perinatal|hoosier healthwise|husky|child health plus|dr dynasaur) ")),
        ("medicaid", new(" (?:medicaid|medicade|medicaide|medicaed|madicaid|medi cal|medical card|tarjeta medica|ahcccs|masshealth|tenncare|soonercare|medicaid card|state insurance|seguro del estado|el seguro del gobierno|government insurance|apple health|star|superior|molina|caresource|sunshine health|el medicaid) ")),
        ("private", new(" (?:" + @"blue cross|bcbs|aetna|cigna|united ?healthcare|united health|kaiser|humana|ambetter|oscar|tricare|anthem|through (?:my|his|her|our) (?:job|work|employer)|(?:insurance|seguro|aseguranza) (?:del|de mi|de su|through|from|por el|por mi) (?:trabajo|job|work|empleo|employer)|private insurance|seguro privado|aseguranza privada|employer insurance|from (?:my|his|her) (?:job|work)|obamacare|marketplace" + ") ")),
    ];

    private const string Say = @"(?:says?|said|thinks?|think|believes?|dice|dijo|cree|piensa|pensa|keeps saying|anda diciendo|no quiere|doesnt want|dont want|wont let|no deja|no me deja|against|en contra|no esta de acuerdo|doesnt agree|disagrees?|dont believe|no cree|no le gusta|doesnt like|thinks it is|says it is|se enoja|gets mad|makes fun|se burla|laughs)";

    public static readonly (string Value, PhraseSet Phrases)[] Disagrees =
    [
        ("grandparent", new(" (?:" + $@"(?:(?:my|his|her|our|their|the|mi|su|la|el|sus|los) (?:mother in law|father in law|grandma|grandpa|grandmother|grandfather|granny|nana|abuela|abuelo|abuelos|abuelita|abuelito|suegra|suegro|suegros)|(?:my|mi|our) (?:mom|mother|mama|dad|father|papa|apa|ama|jefa|jefita|jefito))s? (?:\w+ ){{0,4}}{Say}" + ") ")),
        ("other_parent", new(" (?:" + $@"(?:his|her|their|the kids|el|su|sus) (?:dad|father|mom|mother|papa|papi|mama|mami|padre|madre)s? (?:\w+ ){{0,4}}{Say}|(?:my|mi) ex (?:\w+ ){{0,4}}{Say}|(?:baby daddy|baby mama|baby momma|bd|bm|co ?parent|el papa de (?:mi|los) \w+|la mama de (?:mi|los) \w+|ex husband|ex wife|ex esposo|ex esposa|exesposo|expareja|ex pareja) (?:\w+ ){{0,4}}{Say}" + ") ")),
        ("partner", new(" (?:" + $@"(?:my|mi) (?:husband|wife|hubby|partner|boyfriend|girlfriend|bf|gf|fiance|esposo|esposa|marido|pareja|novio|novia|viejo|vieja|jevo|jeva|senor|senora|hombre|man|old man|old lady) (?:\w+ ){{0,4}}{Say}" + ") ")),
        ("relative", new(" (?:" + $@"(?:my|mi|mis|his|her|su|sus|the|la|el) (?:sister|brother|aunt|uncle|cousin|family|familia|relatives|hermana|hermano|tia|tio|prima|primo|cunada|cunado|sister in law|brother in law|church|iglesia|pastor)s? (?:\w+ ){{0,4}}{Say}" + ") ")),
        ("child", new(" (?:" + @"(?:he|she|they|my son|my daughter|mi hijo|mi hija|el nino|la nina|mi nino|mi nina|mijo|mija) (?:\w+ ){0,3}(?:says he doesnt need|says she doesnt need|thinks (?:he|she) doesnt need|dice que no (?:la |lo )?necesita|dice que no esta loc[oa]|says (?:hes|shes|he is|she is) not crazy)" + ") ")),
    ];

    /// <summary>Words that make work or school a clash with the visit, not just part of the story.</summary>
    public static readonly PhraseSet Clash = new(" (?:" + @"cita|citas|appointment|appointments|appt|session|sessions|sesion|sesiones|consulta|therapy|terapia|visit|the time|horario|schedule|hour|hours|horas|time off|day off|dia libre|permiso|leave early|salir(?:me)? (?:\w+ )?(?:temprano|antes)|get off|gets out|salgo|sale|salimos|off at|until|hasta|miss|missing|faltar|falta|faltas|dock|descuent\w*|lose my job|perder el trabajo|choca|clash|conflict|same time|misma hora|a las|at \d+|\d+ ?(?:am|pm)|shift|shifts|turno|turnos|cambiar|change|reschedule|mover" + ") ");

    public static readonly (string Value, PhraseSet Phrases)[] Conflict =
    [
        ("school", new(" (?:" + @"(?:miss|missing|miss out|skip|pull (?:him|her|them) out of|sacar(?:lo|la|los)? de|faltar a|falta a|falte a|faltara a|perder|pierde) (?:\w+ ){0,2}(?:school|class|classes|escuela|clases|la escuela|la clase)|(?:school|escuela|clases|class) (?:\w+ ){0,3}(?:until|hasta|ends at|sale a las|termina|gets out|lets out|sale)|(?:during|durante|en horas de|in the middle of) (?:\w+ )?(?:school|escuela|clases|class)|(?:exam|exams|test|testing|examen|examenes|finals|practice|practica|tutoring|sports|game|partido|entrenamiento)|(?:after school|despues de la escuela|a la salida de la escuela)|(?:choca|chocan|coincide|clash\w*|conflicts?) (?:\w+ ){0,2}(?:escuela|clases|clase|school|class)|(?:lleva|tiene|has) (?:\w+ ){0,2}(?:faltas|absences)" + ") ")),
        ("work", new(" (?:" + @"work|works|working|worked|job|jobs|shift|shifts|trabajo|trabajar|trabaja|trabajamos|chamba|chambear|jale|turno|turnos|patron|boss|jefe|jefa|supervisor|manager|maquila|fabrica|factory|time off|day off|dia libre|permiso|me descuentan|dock my pay|lose my job|perder el trabajo|overtime|doble turno|la obra|los files|la fil|el campo|supervisor" + ") ")),
    ];

    public static readonly PhraseSet Childcare = new(" (?:" + @"(?:watch|babysit|take care of|cuide|cuidar|cuidarme|cuida|cuidara|cuidan|cuidarmelos|cuidarlos|cuidarlas|cuidarle|deje|dejar|dejo|leave|bring|llevar|traer|traigo|llevo|take) (?:\w+ ){0,3}(?:the other|other|my other|los otros|las otras|los demas|mis otros|the little|little|los chiquitos|los chiquillos|los ninos|the kids|the baby|the babies|al bebe|a la bebe|el bebe|los bebes|los hermanitos|his brothers|her sisters|his sisters|her brothers|his brother|her brother|his sister|her sister|siblings|the twins|los gemelos|mis hijos|my kids|los cipotes|los nenes|loh nene|los chamacos|a los tres|a los dos)|(?:babysitter|baby sitter|sitter|childcare|child care|daycare|day care|guarderia|ninera|quien me los cuide|nadie que me los cuide|quien los cuide|nadie que los cuide|nadie me los cuida|nobody to watch|no one to watch|no sitter|no babysitter)" + ") ");

    private const string Partner = @"(?:my|mi) (?:husband|wife|hubby|partner|boyfriend|girlfriend|esposo|esposa|marido|pareja|novio|novia|viejo|vieja|senor|senora)";

    /// <summary>Who helps with the other children: nobody ("nadie me ayuda", "solo yo", a partner away at work) or family.</summary>
    public static readonly (string Value, PhraseSet Phrases)[] ChildcareHelp =
    [
        ("nobody", new(" (?:" + $@"(?:nadie|nobody|no one|noone|ninguna persona) (?:\w+ ){{0,2}}(?:ayuda|ayude|me ayuda|me los cuida|los cuida|cuida|cuide|puede|can|to help|helps|to watch|can watch|watches|que me ayude|que me los cuide|que los cuide)|no (?:tengo|tenemos|hay) (?:a )?(?:nadie|quien)|(?:solo|solamente|nomas) (?:yo|estoy yo)|yo sol[oa]|estoy sol[oa]|just me|only me|(?:on|by) my own|by myself|i m alone|im alone|i am alone|{Partner} (?:\w+ ){{0,2}}(?:trabaja|works|esta trabajando|is working|is at work|work(?:s)? (?:all|late|nights)|anda trabajando|llega tarde|gets home late)" + ") ")),
        ("family", new(" (?:" + @"(?:my|mi|mis|our) (?:mom|mother|mama|mami|grandma|abuela|abuelita|sister|hermana|hermanas|aunt|tia|neighbor|neighbour|vecina|vecino|suegra|mother in law|cousin|prima|comadre) (?:\w+ ){0,2}(?:helps|ayuda|me ayuda|watches|cuida|me los cuida|los cuida|can watch|puede cuidar)" + ") ")),
    ];

    public static readonly (string Value, PhraseSet Phrases)[] ChildFeeling =
    [
        ("afraid", new(" (?:" + @"(?:he|she|they|my son|my daughter|mi hijo|mi hija|el|ella|le|kid|nino|nina) (?:\w+ ){0,3}(?:afraid|scared|terrified|frightened|nervous|anxious|miedo|asustad[oa]|nervios[oa]|panico|da miedo|tiene miedo|le da pena hablar)|(?:le|les) (?:da|dan) (?:miedo|pavor|nervios)|(?:tiene|tienen) miedo|(?:scared|afraid|miedo) (?:of|de) (?:the |the doctor|el |la |los )?(?:doctor|doctora|therapist|terapeuta|psicolog\w*|clinic|clinica|needles|agujas|going|ir|hospital)" + ") ")),
        ("dislikes_clinician", new(" (?:" + @"(?:doesnt|does not|dont|no le|no les|didnt|never) (?:\w+ ){0,1}(?:like|likes|gusta|gusto|cae bien|cayo bien|connect|trust|confia|click)\w* (?:\w+ ){0,3}(?:therapist|counselor|doctor|doctora|psicolog\w*|terapeuta|consejer\w*|psiquiatra|la senora|el senor|her|him|la|el)|(?:therapist|counselor|doctor|doctora|psicolog\w*|terapeuta|consejer\w*|psiquiatra) (?:\w+ ){0,4}(?:mean|rude|grosera?|no lo escucha|no la escucha|doesnt listen|dont listen|doesnt get (?:him|her|them)|dont get (?:him|her|them)|doesnt understand (?:him|her|them)|no lo entiende|no la entiende|no le entiende|judges|juzga|cold|fria|frio|pesad[oa]|creepy|weird|rara?)|(?:hates|odia|cant stand|no soporta|no aguanta) (?:\w+ ){0,2}(?:therapist|counselor|doctor|doctora|psicolog\w*|terapeuta|consejer\w*|psiquiatra)|(?:wants|quiere) (?:a |otra |otro |un )?(?:different|new|nuev[oa]|otr[oa]) (?:therapist|counselor|doctor|doctora|psicolog\w*|terapeuta|consejer\w*)" + ") ")),
        ("bored", new(" (?:bored|boring|aburre|aburrido|aburrida|aburrid[oa]s|aburrimiento|fastidio|le da flojera|flojera|a waste of time|waste of time|una perdida de tiempo|pointless|no sirve de nada) ")),
        ("refuses", new(" (?:" + @"(?:wont|will not|refuses|refused|refusing|doesnt want|does not want|dont want|didnt want|no quiere|no quizo|no quiso|se niega|se nego|no va|no quiere ir|se encierra|wont get|wont go|wont come|wont talk|no quiere hablar|no quiere venir|not going|aint going|ni loco|ni loca|de ninguna manera|no way|never going)(?: \w+){0,2} (?:go|going|ir|venir|come|the car|el carro|talk|hablar|out|salir|therapy|terapia|sessions?|cita|citas|appointment|appointments|the appointment|counseling|consulta|doctor|psicolog\w*|terapeuta|back|volver|regresar|tomar|take)|(?:screams|grita|cries|llora|throws a fit|hace berrinche|berrinche|tantrum|locks (?:himself|herself)|se esconde|hides) (?:\w+ ){0,4}(?:when|cuando|every time|cada vez) (?:\w+ ){0,3}(?:therapy|terapia|appointment|cita|doctor|psicolog\w*|go|ir)" + ") ")),
        ("likes", new(" (?:" + @"(?:likes|liked|loves|loved|enjoys|le gusta|le gusto|le encanta|le encanto|le cae bien|le cayo bien|is happy with|esta content[oa] con|quiere mucho a|se lleva bien con|connects with) (?:\w+ ){0,3}(?:therapist|counselor|doctor|doctora|psicolog\w*|terapeuta|consejer\w*|psiquiatra|therapy|terapia|sessions?|going|ir|las citas|her|him|ella|el|la senorita|miss|ms|mr)|(?:looks forward|wants to go|quiere ir|asks to go|pide ir|ya quiere ir|she wants to keep going|he wants to keep going)" + ") ")),
    ];

    /// <summary>How to reach the family, when they ask for it ("call me", "mejor por mensaje"), not every mention of a phone.</summary>
    public static readonly (string Value, PhraseSet Phrases)[] Contact =
    [
        ("phone", new(" (?:" + @"call me|call us|call my (?:cell|phone|number)|give me a call|ring me|call (?:me )?back|(?:me|nos) (?:puede|pueden|podria|podrian|puedes) (?:marcar|llamar|hablar)|llamar(?:me|nos)|llameme|llamame|llamenme|llamen(?: me)?|marcame|marqueme|marquenme|(?:por|by|over the) (?:telefono|phone|llamada)|phone call|una llamada|a call|(?:prefer|prefiero|mejor) (?:\w+ ){0,2}(?:call|calls|llamada|llamadas|telefono|phone)|regresar(?:me)? la llamada|devolver(?:me)? la llamada" + ") ")),
        ("text", new(" (?:" + @"text me|text us|texting is|text is (?:better|best|fine|easier)|(?:por|by|via) (?:text|texto|mensaje|mensajes|mensajito|whatsapp|wasap|sms|aqui)|mensaje de texto|textear(?:me|nos)?|(?:mandar|mandarme|mandeme|mandame|enviar|enviarme|envieme) (?:un |los )?(?:texto|mensaje|mensajito|whatsapp)|escribame|escribeme|escribanme|message me|msg me|(?:prefer|prefiero|mejor) (?:\w+ ){0,2}(?:text|texts|mensaje|mensajes|texto|textos|whatsapp)" + ") ")),
        ("video", new(" (?:" + @"video ?call|videollamada|video llamada|(?:por|by|on|via|en) (?:video|zoom|facetime|teams|la compu|la camara)|zoom|facetime|face time|telehealth|telesalud|virtual|en linea|online (?:session|visit|appointment|cita)|google meet|doxy" + ") ")),
        ("email", new(" (?:" + @"(?:por|by|via|to my|a mi|mi|my) (?:email|e mail|correo|correo electronico|gmail|hotmail|mail)|email me|e mail me|(?:mandar|mandarme|mandeme|enviar|enviarme|envieme|send|send me) (?:\w+ ){0,3}(?:email|e mail|correo)" + ") ")),
        ("in_person", new(" (?:" + @"in person|en persona|face to face|cara a cara|presencial|(?:go|come|ir|venir|vamos) (?:\w+ ){0,2}(?:to the clinic|a la clinica|al consultorio|to the office)" + ") ")),
    ];

    public static readonly (string Value, PhraseSet Phrases)[] ContactLanguage =
    [
        ("es", new(" (?:" + @"(?:in|en) (?:spanish|espanol|espanish|castellano)|(?:speaks?|habla|hablan|hable|hablen|speaking|that speaks|que hable|que hablen|que sepa) (?:\w+ ){0,2}(?:spanish|espanol)|spanish (?:speaking|speaker|please|por favor|plz)|(?:solo|only|nomas|nada mas) (?:hablo |hablamos |speak |habla )?(?:espanol|spanish)|no (?:hablo|hablamos|habla|entiendo|entiende|se) (?:\w+ )?(?:ingles|english)|(?:dont|doesnt|do not|does not|cant) (?:speak|understand|read) (?:\w+ )?english|(?:interprete|interpreter|traductor|translator) (?:\w+ ){0,2}(?:spanish|espanol)" + ") ")),
        ("en", new(" (?:" + @"(?:in|en) (?:english|ingles|englis|inglish)|(?:speaks?|habla|hablan|hable|hablen|speaking|que hable|que hablen) (?:\w+ ){0,2}(?:english|ingles)|english (?:please|por favor|plz|is fine|is better|esta bien|mejor)|(?:solo|only|nomas) (?:hablo |speak |habla )?(?:ingles|english)|(?:dont|doesnt|do not|does not|cant) (?:speak|understand|read) (?:\w+ )?spanish|no (?:hablo|habla|entiende) (?:\w+ )?(?:espanol|spanish)" + ") ")),
    ];

    /// <summary>Words that tell a number is a count of children: "3 kids", "tengo tres hijos", "two boys".</summary>
    public const string ChildWords = @"(?:kids|children|childs|sons|daughters|boys|girls|babies|little ones|hijos|hijas|ninos|ninas|chamacos|chamaquitos|cipotes|nenes|nene|chiquitos|muchachos|plebes|bichos|chamos|pelados|chicos|chicas|hijitos|mocosos)";

    /// <summary>Words that tell a number is an age: "is 12", "14 years old", "tiene 9 anos", "mi nino de 7".</summary>
    public const string AgeBefore = @"(?:is|es|tiene|turns|turned|cumple|cumplio|age|edad|aged|de|years old|y o|yo|anos|anitos|year old|yr old|yrs old|yrs)";
}
