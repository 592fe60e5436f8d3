namespace PuenteBot.Dialogs.Recognizers;

/// <summary>How caregivers name each barrier to care, in English, Spanish and the mix of both, over <see cref="NormalizedText"/>.</summary>
internal static class BarrierLexicon
{
    private const string Car = @"(?:car|ride|rides|carro|coche|troca|raite|transport\w*|bus|buses|camion|camiones|guagua|colectivo|micro|bondi|camioneta|ruta|metro|train|tren|uber|lyft|taxi|gas|gasolina|shuttle)";
    private const string Bus = @"(?:bus|buses|camion|camiones|guagua|colectivo|micro|bondi|ruta|metro|train|tren)";
    private const string Kids = @"(?:kids|kid|children|baby|babies|newborn|toddlers?|siblings?|little ones|other ones|ninos|nino|ninas|chiquitos|chiquitas|bebe|bebes|hermanitos?|hermanitas?|los demas|los otros|all of them|todos|a los tres|a los dos)";
    private const string Relative = @"(?:husband|wife|spouse|partner|ex|dad|father|mom|mother|grandma|grandpa|abuela|abuelo|esposo|esposa|marido|pareja|jevo|jeva|viejo|vieja|papa|mama|suegra|suegro|mother in law|family|familia|tia|tio|hermana|hermano|brother|sister|aunt|uncle)";
    private const string Care = @"(?:therapy|therapist|counseling|counselor|sessions?|terapia|terapeuta|psicolog\w*|psiquiatra|tratamiento|treatment|meds|medicine|medicina|pills|pastillas|eso|that|it)";

    public static readonly (string Barrier, PhraseSet Phrases)[] Kinds =
    [
        (Barriers.Transport, new PhraseSet(TransportPattern)),
        (Barriers.Schedule, new PhraseSet(SchedulePattern)),
        (Barriers.Cost, new PhraseSet(CostPattern)),
        (Barriers.Childcare, new PhraseSet(ChildcarePattern)),
        (Barriers.Language, new PhraseSet(LanguagePattern)),
        (Barriers.Technology, new PhraseSet(TechnologyPattern)),
        (Barriers.Immigration, new PhraseSet(ImmigrationPattern)),
        (Barriers.Distrust, new PhraseSet(DistrustPattern)),
        (Barriers.FamilyDisagreement, new PhraseSet(FamilyDisagreementPattern)),
        (Barriers.ChildRefuses, new PhraseSet(ChildRefusesPattern)),
        (Barriers.DoubtsTreatment, new PhraseSet(DoubtsTreatmentPattern)),
        (Barriers.Stigma, new PhraseSet(StigmaPattern)),
        (Barriers.Shame, new PhraseSet(ShamePattern)),
    ];

    private const string TransportPattern =
        " (?:" + $@"(?:no|dont have|dont have a|without|sin|no tengo|no tenemos|no hay|there is no|theres no|there are no|lost|perdi|broke|broken|descompuso|descompuesto) (?:a |the |my |our |el |mi |un |una )?{Car}"
        + "|" + @"(?:no|dont|cant|doesnt|no me|nobody can|nadie (?:me|nos)) (?:\w+ )?(?:drive|manejo|maneja|manejar|llevar|lleva|take us|give us a ride)"
        + "|" + $@"{Bus} (?:\w+ ){{0,4}}(?:doesnt|dont|no|takes|tarda|never|hours|horas|pasa|passes|comes|viene|llega)"
        + "|" + @"(?:far|lejos|distance|distancia)"
        + "|" + @"how (?:do|would|can) (?:i|we) get there"
        + "|" + @"como (?:llego|llegamos|llegar)"
        + "|" + @"(?:ride|rides|raite|transportation|transporte|gasolina|gas money)"
        + "|" + @"(?:car|carro|coche|troca) (?:\w+ ){0,2}(?:broke|broken|shop|taller|descompuso|descompuesto)"
        + "|" + @"llegamos tarde|get there late|always late"
        + "|" + $@"(?:by|en|in the|on the|two|2|dos|each|every|tres|three) {Bus}"
        + "|" + @"each way|ida y vuelta|round trip" + ") ";

    private const string SchedulePattern =
        " (?:" + @"(?:at|from|to|my|for|after|before|off|miss|of|de|del|el|mi|al|i|we|still) work"
        + "|" + @"(?:only|solo|nomas) (?:\w+ ){0,3}(?:appointments?|citas|times|horarios?|openings|spots) (?:\w+ ){0,3}(?:are|son|at|a las|is|es)"
        + "|" + @"work (?:until|till|late|nights|days|mornings|weekends|schedule|hours|shifts?)"
        + "|" + @"working|jobs?|trabajo|trabajos|trabajar|trabaja|trabajamos|shifts?|turnos?|horarios?|schedule|horas de trabajo"
        + "|" + @"(?:boss|jefe|jefa|supervisor|manager|patron|patrona) (?:\w+ ){0,4}(?:wont|doesnt|no|wouldnt|will not|asks|pregunta|me va)"
        + "|" + @"(?:time off|day off|dia libre|pedir el dia|pedir permiso|faltar al trabajo|miss work|lose my job|perder el trabajo|perder mi trabajo|leave early|salir temprano)"
        + "|" + @"(?:no|dont|cant) (?:\w+ ){0,2}(?:time|tiempo)"
        + "|" + @"(?:busy|ocupad[oa]s?)"
        + "|" + @"(?:two|2|dos) (?:jobs|trabajos)"
        + "|" + @"(?:evening|evenings|weekend|weekends|fin de semana|sabado|sabados|early|temprano) (?:appointments?|citas?|visits?|hours|horario)"
        + "|" + @"(?:salgo|get off|get out of work|leave work|salgo del trabajo) (?:\w+ ){0,2}(?:a las|at|around|como a las) \d+"
        + "|" + @"(?:tienen|have|any|hay|do you have) (?:\w+ ){0,2}(?:citas?|appointments?|sessions?|sesiones) (?:\w+ ){0,2}(?:en la tarde|por la tarde|evenings?|weekends?|sabados?|saturdays?|sundays?|domingos?|after|despues|temprano|early|late|mas tarde)"
        + "|" + @"(?:can only|solo puedo|nomas puedo) (?:\w+ ){0,3}(?:after|despues|before|antes)" + ") ";

    private const string CostPattern =
        " (?:" + @"(?:cost|costs|price|precio|expensive|caro|cara|caros|afford|pagar|pay for|paying for|money|dinero|feria|plata|bill|bills|cobro|cobran|copay\w*|copag\w*|co pay|deductible|deducible|fee|fees|billes|dolares|dollars|bucks|debts?|deudas?)"
        + "|" + @"(?:insurance|aseguranza|medicaid|medi cal|chip|coverage|cobertura|cubre|cover|covers|covered)"
        + "|" + @"(?:seguro medico|el seguro|mi seguro|tengo seguro|sin seguro|del seguro|su seguro|con seguro)"
        + "|" + @"(?:no|cant|dont have|sin) (?:\w+ ){0,2}(?:pay|pagar|afford|money|dinero)"
        + "|" + @"(?:no me|no nos|not) (?:alcanza|enough money)"
        + "|" + @"sin (?:chamba|trabajo|jale)|lost (?:my|his|her) job|perdi (?:el|mi) trabajo|no tengo trabajo|unemployed|desemplead\w*" + ") ";

    private const string ChildcarePattern =
        " (?:" + @"(?:no one|nobody|no tengo (?:quien|con quien)|nadie|no hay quien|no tengo a nadie|sin nadie) (?:\w+ ){0,4}(?:watch|cuide|cuidar|cuida|deje|dejar|leave|care|babysit\w*)"
        + "|" + @"(?:babysitter|babysit\w*|nanny|ninera|childcare|child care|daycare|guarderia|cuidar a|cuide a|cuidado de ninos|newborn|recien nacido)"
        + "|" + $@"(?:bring|bringing|llevar|llevo|traer|traigo) (?:\w+ ){{0,2}}{Kids}"
        + "|" + @"(?:pick up|picking up|recoger|recojo|ir por) (?:\w+ ){0,2}(?:my|mis|a los|a mis|the|los) (?:other|otros|kids|ninos|hermanos|\d+|two|three|dos|tres)"
        + "|" + $@"(?:con quien|who (?:will|would|can)) (?:\w+ ){{0,2}}(?:dejar|deje|watch|cuide)"
        + "|" + $@"{Kids} (?:\w+ ){{0,3}}(?:with me|conmigo|alone|solos)" + ") ";

    private const string LanguagePattern =
        " (?:" + @"(?:interpret\w*|interprete|translat\w*|traduct\w*|traduc\w*)"
        + "|" + @"(?:no|dont|cant|doesnt|not|poco|little|muy poco|bad) (?:\w+ ){0,2}(?:english|ingles)"
        + "|" + @"(?:english|ingles) (?:is|es) (?:not|no) (?:so |very |muy |tan )?(?:good|bueno)"
        + "|" + @"(?:only|solo|nomas|solamente) (?:speaks?|reads?|understands?|habla|hablo|hablan|lee|leo|entiende|in) (?:\w+ )?(?:english|ingles|spanish|espanol)"
        + "|" + @"(?:speaks?|habla|hablan|hable) (?:\w+ ){0,2}(?:spanish|espanol)"
        + "|" + @"(?:son|es|are|is|todo|all|only) en ingles|(?:are|is) (?:all |only )?in english"
        + "|" + @"(?:talks?|habla|hablan) (?:very |muy )?(?:fast|rapido)"
        + "|" + @"(?:no|dont) (?:\w+ ){0,2}(?:understand|entiendo|entiende|le entiendo) (?:\w+ ){0,2}(?:english|ingles|her|him|doctor|therapist|terapeuta|doctora|papers|forms|papeles|formas)" + ") ";

    private const string TechnologyPattern =
        " (?:" + @"(?:no|dont have|doesnt have|sin|no tengo|no tenemos|no tiene|without) (?:\w+ ){0,2}(?:internet|wifi|wi fi|data|datos|computer|computadora|compu|laptop|tablet|smartphone|email|e mail|correo|camera|camara)"
        + "|" + @"(?:zoom|video|videollamada|app|aplicacion|link|enlace|liga|internet|wifi|phones?|celular|cel|telefono|screen|pantalla|camera|camara|computer|computadora) (?:\w+ ){0,4}(?:doesnt|dont|didnt|not|no|never|nunca|crash\w*|se traba|se cae|se congela|freez\w*|broke\w*|cracked|old|viejo|dying|dies|hard|dificil|problem\w*|problemas|falla\w*|no sirve)"
        + "|" + @"(?:no|dont|cant|couldnt|no pude|no puedo) (?:\w+ ){0,3}(?:connect|conectar\w*|log in|entrar|join|unir\w*|use|usar|abrir|open) (?:\w+ ){0,3}(?:zoom|video|app|aplicacion|link|enlace|liga|call|llamada|visit|cita)"
        + "|" + @"(?:entiendo|entiende|understand) (?:\w+ ){0,2}(?:app|aplicacion|zoom|computer|computadora)"
        + "|" + @"telehealth|telemedicin\w*|videollamada\w*"
        + "|" + @"(?:dont|no) (?:know how|se como|se usar|sabe usar|se manejar) (?:\w+ ){0,3}(?:use|usar|connect|conectar|entrar|log)"
        + "|" + @"(?:no se usar|no se como (?:se )?(?:usa|entrar|conectar))" + ") ";

    private const string ImmigrationPattern =
        " (?:" + @"ice (?:raids?|agents?)"
        + "|" + @"(?:mis|nuestros|our|my) (?:papeles|papers)|seguro social|social security|ssn"
        + "|" + @"(?:because of|por|our|nuestro) (?:\w+ )?(?:status|estatus)"
        + "|" + @"(?:immigration|immigrant|inmigracion|inmigrante|migracion|migra|deport\w*|undocumented|indocumentad\w*|green card|visa|citizen\w*|ciudadan\w*|public charge|carga publica|government|gobierno)"
        + "|" + @"(?:no tenemos|dont have|sin|no tengo|without|no tiene) (?:\w+ )?(?:papers|papeles|documentos|documents|status|estatus)"
        + "|" + @"(?:immigration|migratorio) status|estatus migratorio" + ") ";

    private const string DistrustPattern =
        " (?:" + @"(?:dont|doesnt|no|not) (?:\w+ ){0,2}(?:trust|confio|confia|confiamos|fiar)"
        + "|" + @"(?:trust|confianza|desconfi\w*|distrust|mistrust)"
        + "|" + @"(?:cps|child protective|dif|servicios sociales|social services|take (?:my|our) (?:kids|children|son|daughter)|quiten a mis hij\w*|quitar a mis hij\w*|quitarme a mis hij\w*|me quiten a)"
        + "|" + @"(?:judge|judged|juzgan|juzgar|juzga) (?:\w+ ){0,2}(?:me|us|nos|mi)"
        + "|" + @"(?:report|reportar) (?:us|me|nos|to)|reporten|reportaron|call\w* cps"
        + "|" + @"(?:never|nunca|no) (?:\w+ ){0,1}(?:listened|listen|listens|escucha|escuchan|escucharon)"
        + "|" + @"(?:nobody|no one|nadie) (?:\w+ ){0,2}(?:listens|escucha|escuchan)"
        + "|" + @"(?:threw|throw|dan|dieron|solo quieren dar) (?:\w+ ){0,2}(?:meds|pills|pastillas|medicina)"
        + "|" + @"(?:share|sharing|comparten|compartir|give|dan) (?:\w+ ){0,3}(?:info|information|informacion|datos|data|records)"
        + "|" + @"(?:they|ellos|doctors|los doctores) (?:\w+ ){0,2}(?:dont care|no les importa|just want|solo quieren) (?:\w+ ){0,2}(?:money|dinero|pills|pastillas|medicate|medicar|drug|drogar)" + ") ";

    private const string FamilyDisagreementPattern =
        " (?:" + $@"{Relative} (?:\w+ ){{0,4}}(?:doesnt believe|dont believe|does not believe|no cree|no creen|against|en contra|disagree\w*|no esta de acuerdo|no estan de acuerdo|wont let|no me deja|no nos deja|no quiere que|no quieren que|doesnt want (?:him|her|us|me) to|se enoja|gets mad|argue|fight|pelea|peleamos|discut\w*|lo apoya|la apoya|le da la razon|backs (?:him|her)|wont sign|no (?:quiere )?firma\w*)"
        + "|" + $@"{Relative} (?:\w+ ){{0,8}}(?:says|saying|said|dice|dijo|keeps telling|thinks|cree|piensa|tells) (?:\w+ ){{0,6}}(?:{Care} (?:is|es) (?:for|pa|para|una|a)|no (?:la |lo |le )?(?:necesita|hace falta)|doesnt need|dont need|weak|debiles|waste|perdida|puras?|tonterias|nonsense|bs|mano dura|payasadas|not to tell|no (?:le )?diga)"
        + "|" + @"(?:we|nosotros) (?:\w+ ){0,2}(?:argue|fight|disagree|pelea\w*|discut\w*) (?:about|por|sobre)"
        + "|" + @"(?:no estamos de acuerdo|dont agree|dont see eye)" + ") ";

    private const string ChildRefusesPattern =
        " (?:" + @"(?:refuse\w*|se niega|no quiere (?:ir|venir|volver|regresar|entrar)|tampoco quiere ir|wont (?:go|come|get out of the car|get in the car)|doesnt want to (?:go|come)|hates going|no se quiere subir|se encierra|locks? (?:him|her)self)"
        + "|" + @"(?:ya )?no va a (?:volver|regresar|ir)"
        + "|" + @"(?:le cae mal|no le cae bien|cant stand|doesnt like|hates|odia) (?:\w+ ){0,2}(?:therapist|counselor|doctor|psicolog\w*|terapeuta|consejer\w*|la terapia|therapy|ir)"
        + "|" + @"(?:therapy|terapia|therapist|terapeuta|counselor|psicolog\w*) (?:is|es) (?:stupid|dumb|boring|for crazy|tonta|aburrid[oa]|para locos)" + ") ";

    private const string DoubtsTreatmentPattern =
        " (?:" + @"(?:therapy|terapia|treatment|tratamiento|counseling|talking|hablar|sessions|sesiones|it|its) (?:\w+ ){0,3}(?:doesnt|dont|isnt|not|no|wont|nunca) (?:\w+ ){0,2}(?:work\w*|help\w*|sirve|ayuda|funciona|fix|cambi\w*|change|doing much|va a arreglar)"
        + "|" + @"(?:not sure|no se si|dudo que|doubt|not convinced|no estoy convencid[oa]) (?:\w+ ){0,4}(?:therapy|terapia|it helps|sirve|ayuda|works|help\w*|funciona|talking|fix|sessions|sesiones)"
        + "|" + @"(?:nothing|nada) (?:has )?(?:changed|cambia|ha cambiado|cambio|is changing|helps|ayuda|sirve)"
        + "|" + @"(?:sigue|still) (?:\w+ ){0,2}(?:igual|the same|same)"
        + "|" + @"(?:no|dont|not) (?:le )?(?:veo|see|seeing|vemos) (?:\w+ ){0,1}(?:mejoria|cambio|cambios|progreso|improvement|progress|change|difference|diferencia)"
        + "|" + @"(?:waste of time|perdida de tiempo|no vale la pena|what is the point|is it worth|any different|pensando en dejar\w*|thinking (?:about|of) (?:stopping|quitting)|reconsider\w*)"
        + "|" + @"(?:talking|hablar) (?:\w+ ){0,6}(?:fix|arreglar|cambiar|help|ayudar) (?:anything|nada)" + ") ";

    private const string StigmaPattern =
        " (?:" + @"(?:crazy|loco|loca|locos|locas|nuts|psycho|mentally ill|enferm[oa] mental|label\w*|etiqueta\w*|tachen|zombie|weak people|gente debil|debiles)"
        + "|" + @"(?:people|family|familia|church|iglesia|neighbors|vecinos|community|comunidad|gente|relatives|parientes|suegra|los demas|everyone|everybody|todos|todo el mundo|coworkers|companeros) (?:\w+ ){0,4}(?:think|say|said|talk|know\w*|find out|judge|piensan|dicen|digan|van a decir|pensar|sepan|sepa|saber|juzg\w*|se enteren|se entere|enter\w*|critic\w*)"
        + "|" + @"(?:que|what) (?:van a|will|would) (?:decir|pensar|say|think)"
        + "|" + @"que dira la gente|el que diran|what people will say|que diran"
        + "|" + @"(?:kill me|mata|matan|killing me) (?:si|if) (?:\w+ ){0,2}(?:knew|sabe|sabia|supiera|finds out|se entera)"
        + "|" + @"(?:dont|no) (?:want|quiero|quiere) (?:\w+ ){0,4}(?:know\w*|sepa|sepan|find out|se entere|enteren|entere)"
        + "|" + @"(?:stigma|estigma|secret|secreto|se arregla\w* en (?:la )?casa|handle it at home|lo resolvemos en casa|old school|dirty laundry|trapos sucios)"
        + "|" + @"(?:pastor|church|iglesia|pray|praying|rezar|orar|oracion|spiritual|espiritual|brujeria|mal de ojo|curandero)" + ") ";

    private const string ShamePattern =
        " (?:" + @"(?:my fault|mi culpa|es culpa mia|culpa mia|blame myself|blaming myself|me culpo|i caused|yo cause|yo tengo la culpa|tengo la culpa|i did this|responsible for|responsable de)"
        + "|" + @"(?:bad|terrible|horrible|worst|mal|mala|peor) (?:mom|mother|dad|father|parent|madre|padre|mama|papa)"
        + "|" + @"(?:failed|fail|let down) (?:him|her|them|my|as|mi)"
        + "|" + @"failure|fracas\w*|falle (?:como|a mi|le|a mis)|le falle"
        + "|" + @"(?:should have|deberia haber|debi) (?:seen|noticed|known|visto|notado|sabido|dado cuenta)"
        + "|" + @"(?:what kind of|que clase de|que tipo de) (?:mother|mom|parent|father|dad|madre|padre|mama|papa)"
        + "|" + @"(?:guilty|guilt|culpable|culpa)"
        + "|" + @"(?:ashamed|embarrass\w*|avergonzad\w*|verguenza|me da pena|da pena)"
        + "|" + @"(?:did|hice|hicimos) (?:\w+ ){0,2}(?:wrong|mal)|algo (?:que|q) hice"
        + "|" + @"no sirvo (?:\w+ ){0,3}(?:mama|madre|papa|padre)" + ") ";
}
