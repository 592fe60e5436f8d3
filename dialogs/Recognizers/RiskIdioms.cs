namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Words of death or harm that carry no danger: figures of speech ("this traffic is killing me", "me muero de
/// risa", "my phone died", "ando muerta"), games, pets, a death long past, and asking to read about a topic. They
/// are blanked out before the risk cues are looked for; everything else in the message still counts.
/// </summary>
internal static class RiskIdioms
{
    private const string Things = @"(?:joke|jokes|meme|memes|show|story|video|chiste|traffic|heat|cold|work|job|week|day|homework|back|head|feet|prices?|rent|gas|commute|this|that|kids|schedule|school|boss|line|wait|app|calor|frio|trafico|tarea|trabajo|dolor|cabeza|espalda|pies|precio|renta|semana|dia|examen|jefe|fila|espera|gasolina|esto|eso)";
    private const string Device = @"(?:phones?|batter(?:y|ies)|cell|cars?|laptop|charger|tablet|celular|cel|telefono|bateria|carro|compu|computadora)";
    private const string Game = @"(?:boss|bosses|zombies?|zombis?|monsters?|monstruos?|enemies|enemigos|bad guys|aliens|bichos|game|juego|level|nivel|videojuego|video game|fortnite|minecraft|roblox|zelda|mario)";
    private const string Pet = @"(?:pet|dog|cat|fish|hamster|bird|mascota|perro|perra|perrito|perrita|gato|gata|gatito|gatita|pez|pescadito|pajarito|conejo|tortuga)";

    private const string Pest = @"(?:spiders?|bugs?|flies|fly|mosquito\w*|ants?|roach\w*|cockroach\w*|mice|mouse|rats?|wasps?|arana\w*|bichos?|moscas?|zancudos?|hormigas?|cucarachas?|ratas?|ratones?|raton)";
    private const string Medicine = @"(?:meds|medicine|medication|medicina|medicamento|pastilla|pill|tylenol|advil|ibuprofen\w*)";

    public static readonly PhraseSet Phrases = new(IdiomPattern);

    private const string IdiomPattern =
        " (?:" + $@"{Things} (?:\w+ ){{0,3}}(?:killing|kills|kill|killed) (?:me|us)"
        + "|" + @"(?:mom|mother|dad|father|mama|mami|papa|abuela|abuelo|grandma|grandpa|teacher|boss|sister|brother|aunt|jefe|maestra|maestro)s? (?:\w+ ){0,3}(?:kill|murder)\w* (?:me|us) (?:for|when|if)"
        + "|" + @"(?:almost|nearly|casi) (?:died|die|me muero|me mori|me da algo) (?:when|cuando|of|de) (?:i |we |yo )?(?:saw|heard|found out|got|read|opened|vi|oi|supe|lei|abri|risa|laughing)"
        + "|" + @"(?:dying|muriendo|muriendonos|morir\w*|muero) (?:\w+ ){0,2}(?:in|of|from|en|de) (?:this |the |el |este |esta )?(?:heat|cold|calor|frio|traffic|trafico|boredom|hunger|hambre)"
        + "|" + @"(?:calor|frio|hambre|sueno|trafico|dolor) que (?:te |me )?mata"
        + "|" + @"(?:me|nos) tiene\w* (?:bien |re |toda |todo )?muert[oa]s?"
        + "|" + @"dying (?:his |her |my |their |the )?(?:hair|eggs|shirts?|clothes)"
        + "|" + @"blood (?:test|tests|work|draw|pressure|sugar|type|bank|drive)|(?:analisis|examen|examenes|prueba|pruebas) de sangre|sacar(?:le|me)? sangre"
        + "|" + @"(?:fainted|passed out|se desmayo|desmayo|seizures?|convulsion\w*) (?:\w+ ){0,5}(?:years|months|anos|meses) (?:ago|atras)|(?:fainted|passed out|se desmayo) once|una vez se desmayo"
        + "|" + @"hospital (?:\w+ ){0,2}(?:for|por) (?:her |his |el |la |una |un |an |a )?(?:asthma|asma|surgery|cirugia|operacion|broken|appendix|apendice|pneumonia|neumonia|flu|gripe|covid|tonsils|anginas|fever|fiebre|check ?up|chequeo)"
        + "|" + @"(?:hurt|broke|sprained|twisted|injured|lastimo|torcio|quebro|fracturo|doblo) (?:\w+ ){0,2}(?:ankle|knee|wrist|arm|leg|foot|back|finger|toe|shoulder|tobillo|rodilla|pie|mano|dedo|hombro|espalda|brazo|pierna|muneca) (?:\w+ ){0,2}(?:playing|jugando|in pe|in gym|at practice|at recess|en el recreo|en educacion fisica|en deportes|en el futbol|at soccer|at football|at basketball)"
        + "|" + @"(?:se |me |le |nos )*(?:corto|corta|cortaba|cortaron|cortan) (?:la|el) (?:llamada|internet|senal|luz|agua|video|videollamada|conexion|linea|wifi|gas)"
        + "|" + @"(?:cut|cuts|cutting|cortar|cortando|corta|corto|pica\w*) (?:\w+ ){0,2}(?:onions?|cebollas?|vegetables|veggies|verduras?|meat|carne|chicken|pollo|bread|pan|cake|pastel|apples?|fruit|fruta|tomato\w*|tomates?|papas|potato\w*|coupons|wood|lena)"
        + "|" + @"(?:cort\w*|cut\w*) (?:\w+ ){0,2}(?:con|with|on) (?:un |una |a |el |la )?(?:papel|paper|hoja)"
        + "|" + @"(?:pega\w*|pego) (?:un |una |el |la )?(?:susto|gripa|gripe|resfriado|catarro|costumbre|cancion|mania|grito|brinco|salto|acento)"
        + "|" + @"(?:threat\w*|amenaz\w*) (?:\w+ ){0,2}(?:to |con )?(?:take away|take his|take her|ground|quitar\w*|castigar\w*|call the|llamar|cancel|dejar(?:lo|la)? sin)"
        + "|" + @"(?:ran|run|running|runs) away from (?:the |a |an )?(?:\w+ )?(?:dogs?|bees?|spiders?|bugs?|ball|clowns?|cats?|geese|goose|wasps?|monsters?|snakes?)"
        + "|" + @"escap\w* (?:\. )?de (?:la |las |los |el )?(?:tarea|clase|escuela|ducha|bano|quehaceres|limpieza)"
        + "|" + @"(?:movie|film|book|show|cartoon|pelicula|libro|caricatura|serie) (?:\w+ ){0,2}(?:about|sobre|de) (?:\w+ ){0,4}(?:runs away|ran away|dies|died|muere|murio|se escapa|se muere)"
        + "|" + @"ahog\w* de (?:la )?risa"
        + "|" + @"cut\w* (?:back|in line|down on|corners|it close|ties|out)"
        + "|" + @"(?:se |me |le )?(?:corto|corte|cortaste|cut) (?:\w+ )?(?:el|la|his|her|my|a) (?:dedo|finger|labio|lip|rodilla|knee|frente|forehead|barbilla|chin|toe)"
        + "|" + @"(?:pega\w*|pego|golpe\w*|hit\w*) (?:a |al |a la |the |a )?(?:ball|pelota|balon|carro|car|deer|venado|puerta|door|mesa|table|tree|arbol|home run|pinata)"
        + "|" + @"jump(?:ing)? ropes?|ropes? swing|tire swing|cuerda (?:para|de) saltar|saltar (?:la )?cuerda"
        + "|" + @"poison(?:ed)? (?:ivy|oak)"
        + "|" + @"(?:bottle|botella|bote) (?:of |de )?(?:water|agua|juice|jugo|soda|refresco|milk|leche|gatorade|coca|pedialyte|suero)"
        + "|" + @"(?:doctora?|nurse|enfermer[oa]|medic[oa]|paramedic[oa]?) (?:de |in the |en )?(?:emergencias|emergency|er|urgencias)"
        + "|" + $@"(?:kill\w*|mat\w*) (?:the |a |that |al |el |la |una |un |los |las )?{Pest}"
        + "|" + $@"(?:took|takes|taking|take|tomo|toma|se tomo) (?:his |her |my |su |sus |la |el |one |two |1 |2 |una |dos )?{Medicine}s? (?:\w+ ){{0,2}}(?:this morning|today|on time|como siempre|esta manana|hoy|for (?:his |her |a |the )?(?:headache|fever|cold|allergies|pain)|para (?:el |la |su )?(?:dolor|fiebre|gripa|gripe|presion|alergia))"
        + "|" + @"kill\w* (?:me|us) if"
        + "|" + @"(?:killed|killing|kill) it"
        + "|" + @"kill\w* (?:some )?time"
        + "|" + @"dying (?:to|for)"
        + "|" + @"(?:die|died|dying|dead) (?:laughing|of laughter|of embarrassment|of boredom)"
        + "|" + @"to die for"
        + "|" + @"dead (?:tired|line|end|serious|set)"
        + "|" + @"deadline"
        + "|" + @"(?:corta|corto|cortar|cortarse|cortarle|cortaron|cortando|cut|cuts|cutting) (?:\w+ ){0,2}(?:el pelo|el cabello|las unas|el fleco|his hair|her hair|their hair|my hair|the grass|el pasto|el zacate)"
        + "|" + @"bored to death"
        + "|" + @"scared (?:me )?to death"
        + "|" + @"over my dead body"
        + "|" + @"life ?saver"
        + "|" + @"saved my life"
        + "|" + @"(?:could|would) (?:murder|kill) (?:a|for a|for) (?:coffee|beer|burger|pizza|drink|taco|nap)"
        + "|" + $@"(?:morir|murio|muere|die|died|dying|dead) (?:el|la|mi|my|the) {Device}"
        + "|" + @"(?:suicide|self ?harm|suicidio) (?:prevention|awareness|warning signs)|prevencion del suicidio"
        + "|" + $@"{Device} (?:\w+ ){{0,3}}(?:dead|die|died|dying|dies|murio|muerto|muerta)"
        + "|" + $@"se (?:me )?murio (?:el|la|mi) {Device}"
        + "|" + $@"{Things} (?:\w+ ){{0,2}}me (?:esta |estan )?(?:matando|mata|matan)"
        + "|" + @"(?:me|nos) (?:va a |van a )?(?:mata|matan|matas|matar) si"
        + "|" + @"me mataron con"
        + "|" + @"(?:que mata|me mata|mata) (?:el|la|este|esta) (?:calor|frio|trafico|tarea|dolor|hambre|sueno)"
        + "|" + @"(?:(?:la|lo|me|nos|los|las|te) (?:mato|mata|matan|mataba|matas)|muero|morir|muerto|muerta|muriendo|muriendome|muere) de (?:la )?(?:risa|hambre|sueno|frio|calor|ganas|nervios|verguenza|pena|cansancio|aburrimiento|la risa|envidia)"
        + "|" + @"(?:me muero|se muere|muriendo) por (?:ver|saber|ir|conocer|que)"
        + "|" + @"se (?:mato|mata|matan|mataba) (?:estudiando|trabajando|de risa)"
        + "|" + @"(?:ando|estoy|quede|llegue) (?:bien |re |super |toda |todo )?muert[oa]"
        + "|" + @"muertisim[oa]"
        + "|" + @"(?:me|nos) salvo la vida"
        + "|" + @"salvavidas"
        + "|" + @"nos morimos de (?:risa|hambre)"
        + "|" + $@"(?:killed|kill|killing|kills|matando|mato|matar|mata) (?:the |a |los |las |unos |el |all the |todos los )?(?:\w+ )?{Game}"
        + "|" + $@"{Pet} (?:\w+ ){{0,2}}(?:se murio|murio|died|passed away|passed|is dead|esta muert[oa])"
        + "|" + $@"(?:se |me |nos )*(?:murio|died|passed away) (?:\w+ )?(?:mi|my|our|nuestro|nuestra|su|el|la|the) {Pet}"
        + "|" + $@"(?:kill\w*|mat\w*|shoot\w*|dispar\w*) (?:\w+ ){{0,3}}(?:\. )?(?:in|en) (?:the |el )?{Game}"
        + "|" + $@"{Game} (?:(?:\w+|\.) ){{0,6}}(?:mata|matando|kills|killing|shoots|shooting|dispara)"
        + "|" + @"(?:passed away|died|murio|fallecio) (?:\w+ ){0,5}(?:from|of|de) (?:an |a |una |un )?\w+"
        + "|" + @"(?:passed away|died|murio|fallecio) (?:\w+ ){0,5}(?:years|months|anos|meses) (?:ago|atras)|(?:hace) (?:\w+ ){0,2}(?:anos|meses)"
        + "|" + @"(?:killing|kills|killed|mata|mato|matando) (?:\w+ )?(?:appetite|apetito|hambre|sleep|sueno|energy|energia|vibe|mood)"
        + "|" + @"(?:cutting|cut|skipping|se vuela|se salta) (?:\w+ )?(?:class|classes|school|clase|clases|escuela)"
        + "|" + @"(?:movie|film|video|pelicula|documentary|documental|book|libro|assembly|presentation|program|programa|talk|info\w*|handouts?|articles?|pamphlets?|folletos?|warning signs|senales|prevention|prevencion|class|clase|charla|platica|workshop|taller) (?:\w+ ){0,2}(?:on|about|sobre|de|acerca de) (?:\w+ )?(?:self ?harm|suicid\w*|cutting|autolesion\w*)(?: \w+)?" + ") ";
}
