namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// The words of danger, over <see cref="NormalizedText"/> (no accents, SMS spelled out, no apostrophes).
/// Explicit intent, acts and emergencies are urgent; wishes, hints, warning signs and hedged words are possible,
/// so the bot asks.
/// </summary>
internal static class RiskLexicon
{
    private const string Self = @"(?:my|him|her|them|your|our)sel(?:f|ves)";
    private const string Intend = @"(?:want\w*|wanna|going to|will|would|try\w*|tried|plan\w*|threat\w*|says? he will|about to|decided to)";
    private const string EsWill = @"(?:va a|voy a|vas a|van a|iba a|ibas a|iban a|ira a|iria a|quiere|quiero|queria|quiso|intento|intente|trato de|piensa|pienso|amenazo con|amenaza con)";
    private const string Drugs = @"(?:pills|pastillas|pildoras|bleach|cloro|meds|medicine|medicina|medicinas|medicamentos?|xanax|tylenol|advil|ibuprofen\w*|paracetamol|benadryl|melatonin\w*|sleeping pills|clonazepam|sertralina|prozac|zoloft|lithium|litio|adderall|fentanyl|fentanilo|drugs|drogas|veneno|poison|raticida)";
    private const string Tool = @"(?:razors?|blades?|lighters?|knife|knives|navajas?|cuchillas?|cuchillos?|gillette|encendedor|cigarr\w*|vidrios?|glass|scissors|tijeras|sacapuntas)";
    private const string Skin = @"(?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|body|brazos?|munecas?|piernas?|muslos?|panza|estomago|venas|piel|cuerpo)";
    private const string Abuser = @"(?:husband|boyfriend|girlfriend|partner|stepdad|stepfather|stepmom|stepmother|dad|father|mom|mother|ex|uncle|aunt|grandpa|grandfather|babysitter|sitter|cousin|neighbor|esposo|marido|novio|novia|pareja|padrastro|madrastra|papa|padre|mama|madre|tio|tia|abuelo|suegro|suegra|ninera|primo|vecino)";
    private const string Victim = @"(?:me|him|her|them|us|you|someone|somebody|everyone|everybody|people|anyone|(?:the|my|his|her|our|a|their) (?:kids?|children|baby|brother|sister|mom|mother|dad|father|family|classmates?|teacher|friends?|son|daughter|wife|husband|neighbors?|stepdad|cousin|grandma))";
    private const string Online = @"(?:online|internet|en linea|(?:on|en|por) (?:instagram|snapchat|tiktok|discord|facebook|roblox|whatsapp|free fire))";
    private const string Death = @"(?:die|dies|died|dying|dead|death|muerte|morir\w*|muere|muera|murier\w*|murio|muerto|muerta|kill|kills|killed|killing|mata|matar\w*|mato|coffin|casket|ataud)";

    public static readonly RiskCue[] Cues =
    [
        new(RiskCategories.Suicide, RiskLevel.Urgent, new PhraseSet(SuicideUrgentPattern)),
        new(RiskCategories.Suicide, RiskLevel.Possible, new PhraseSet(SuicidePossiblePattern)),
        new(RiskCategories.SelfHarm, RiskLevel.Urgent, new PhraseSet(SelfHarmUrgentPattern)),
        new(RiskCategories.SelfHarm, RiskLevel.Possible, new PhraseSet(SelfHarmPossiblePattern)),
        new(RiskCategories.HarmToOthers, RiskLevel.Urgent, new PhraseSet(HarmToOthersUrgentPattern)),
        new(RiskCategories.HarmToOthers, RiskLevel.Possible, new PhraseSet(HarmToOthersPossiblePattern)),
        new(RiskCategories.Abuse, RiskLevel.Urgent, new PhraseSet(AbuseUrgentPattern)),
        new(RiskCategories.Abuse, RiskLevel.Possible, new PhraseSet(AbusePossiblePattern)),
        new(RiskCategories.Medical, RiskLevel.Urgent, new PhraseSet(MedicalUrgentPattern)),
        new(RiskCategories.Medical, RiskLevel.Possible, new PhraseSet(MedicalPossiblePattern)),
    ];

    /// <summary>Plan, means or immediacy: with any of these, a possible danger is urgent.</summary>
    public static readonly PhraseSet Urgency = new(UrgencyPattern);

    private const string SuicideUrgentPattern =
        " (?:" + $@"(?:kill\w*|hang\w*|shoot\w*|shot|drown\w*|poison\w*) {Self}"
        + "|" + @"(?:end\w*|take|taking|took) (?:my|his|her|their) (?:own )?life"
        + "|" + @"suicid\w*"
        + "|" + $@"off {Self}"
        + "|" + $@"(?:{Intend}|thinking (?:of|about)) (?:to )?end(?:ing)? (?:it all|everything|things|my life|his life|her life)"
        + "|" + @"(?:ways|way|how) (?:\w+ ){0,3}to (?:die|kill (?:my|him|her|them)sel(?:f|ves)|end it)|(?:formas|maneras|como) (?:de )?(?:morir|matarse|suicidarse|quitarse la vida)"
        + "|" + $@"(?:me|se|te) {EsWill} (?:\w+ )?(?:dar|pegar|echar) un (?:tiro|balazo|plomazo)|(?:darse|pegarse|darme|pegarme) un (?:tiro|balazo)"
        + "|" + @"(?:belt|rope|cord|cable|sheet|scarf|cinturon|cuerda|soga|lazo|mecate|sabana|bufanda) (?:\w+ ){0,3}(?:around|alrededor del?|en) (?:his|her|my|their|el|su) (?:neck|cuello)"
        + "|" + @"matar(?:me|se|te)"
        + "|" + $@"(?:me|se|te) {EsWill} (?:matar|suicidar|ahorcar|colgar|aventar|tirar|quitar la vida)"
        + "|" + @"quitar(?:me|se|te) la vida"
        + "|" + @"(?:me|se) (?:mato|ahorco|colgo|suicido) \."
        + "|" + @"(?:carta|mensaje|nota|video|audio|text|message|note|letter) de despedida|suicide note|goodbye (?:note|letter|message|text|video)"
        + "|" + $@"(?:swallow\w*|tragar(?:me|se)?) (?:\w+ ){{0,4}}{Drugs}|(?:take|taking|tomar(?:me|se)?) (?:all|todas|todos|the whole|el bote|a bottle of|un bote de) (?:\w+ ){{0,2}}{Drugs}"
        + "|" + @"(?:jump|jumping) (?:off|from)|(?:going to|will|threat\w*|wants to) jump"
        + "|" + @"(?:se|me) (?:va a|quiere|quiero|voy a) (?:aventar|tirar|lanzar)"
        + "|" + @"(?:belt|rope|cord|cable|sheet|cinturon|cuerda|soga|lazo|mecate|sabana) (?:\w+ ){0,3}(?:tied|amarrad\w*|colgad\w*|hanging|noose)|noose"
        + "|" + @"(?:se metio|jumped|walked|se tiro|se avento|went) (?:\w+ ){0,2}(?:al|into the|in the|a la|en el) (?:rio|river|lake|lago|mar|ocean|presa|canal)"
        + "|" + @"(?:piedras|rocks|stones) (?:en|in) (?:la|his|her|su|sus) (?:mochila|backpack|pockets|bolsas)"
        + "|" + $@"(?:voy a|va a|going to|will|gonna) (?:tomar(?:me|se)?|take|swallow) (?:\w+ ){{0,3}}{Drugs}"
        + "|" + @"(?:my|mi|su) (?:last|ultima|ultimo) (?:night|day|dia|noche)"
        + "|" + @"(?:bridge|roof|ledge|edge|window|building|puente|techo|azotea|ventana|balcon\w*) (?:\w+ ){0,6}(?:jump|brincar|aventar\w*|tirar\w*)" + ") ";

    private const string SuicidePossiblePattern =
        " (?:" + @"(?:want\w*|wanna|wish\w*|ganas de|quiero|quiere|queria|quisiera) (?:\w+ ){0,3}(?:to )?(?:die|be dead|not be here|disappear|desaparecer|not exist|not wake up|never wake up|sleep forever|be gone|no existir|no estar aqui|dormir para siempre|no despertar)"
        + "|" + @"(?:just|should|could|better) (?:\w+ ){0,2}not (?:exist|be here|be alive)"
        + "|" + @"(?:letters|notes|cartas|notas) (?:\w+ ){0,4}(?:goodbyes?|despedida)|goodbyes"
        + "|" + @"(?:gave|giving|gives|regalo|regala) (?:his|her|sus|su) (?:\w+ ){0,5}(?:to|a) (?:his|her|a|su|sus) (?:best |mejor )?(?:friends?|cousins?|brother|sister|amig[oa]s?|prim[oa]s?|herman[oa]s?)"
        + "|" + @"better off (?:dead|without)"
        + "|" + $@"{Intend} (?:to )?end(?:ing)? it (?:\.|tonight|now|today|forever|for good)|kms|kys"
        + "|" + @"(?:dont|doesnt|do not|does not|not) deserve (?:to )?(?:live|be alive|be here|exist)|no (?:merece|merezco|merecia) (?:vivir|estar aqui|existir)"
        + "|" + @"(?:isnt|is not|not|aint) (?:\w+ )?worth (?:living|it anymore)|no vale la pena (?:vivir|seguir)"
        + "|" + @"(?:talk\w*|think\w*|say\w*) about not (?:being|be) (?:here|around|alive)|not (?:being|be) (?:around|alive) (?:anymore|much longer|next)"
        + "|" + @"(?:never|not) (?:\w+ )?(?:coming|come|going to come) back (?:\.|home|again|ever|and)|(?:nunca|jamas) (?:\w+ ){0,2}(?:volver|regresar)(?:ia)? (?:\.|a casa|a la casa)|no (?:\w+ ){0,3}(?:volver|regresar) (?:nunca|jamas)"
        + "|" + @"(?:haga|hacer|hiciera|cometa|cometer|haya hecho) (?:una )?(?:locura|tonteria|barbaridad)|do something (?:stupid|crazy|drastic)"
        + "|" + @"(?:se|me) (?:\w+ )?(?:haga|hace|hizo|hiciera|hacer|haya hecho) algo (?:\.|malo|a si)"
        + "|" + @"cuando (?:ya )?no (?:este|estemos|estes)"
        + "|" + @"(?:found|find|finding|encontre|encontramos|encontro|halle|tiene|has|had|hid|hides|esconde|escondio) (?:\w+ ){0,2}(?:ropes?|noose|cuerdas?|soga|lazo|mecate)"
        + "|" + @"no (?:hubiera|hubiese|haber) nacido"
        + "|" + @"(?:dont|doesnt|didnt) (?:want|wanna) (?:to )?(?:live|be alive|be here|exist|wake up)"
        + "|" + @"no (?:quiero|quiere|queria) (?:vivir|seguir viviendo|estar aqui|existir|despertar)"
        + "|" + @"(?:no|not|dont|doesnt|didnt|cant|do not) (?:le )?(?:see|ve|veo|vemos|le ve|encuentro|encuentra) (?:\w+ ){0,1}(?:the point|any point|el punto|sentido|salida|way out)"
        + "|" + @"point (?:in|of) (?:living|life|going on)"
        + "|" + $@"(?:search\w*|googl\w*|look\w* up|busco|busca|buscando) (?:\w+ ){{0,4}}(?:{Drugs}|overdose|sobredosis|suicid\w*|hang\w*|ahorcar\w*|die|morir|kill\w*|matar\w*)"
        + "|" + @"para que (?:vive|vivo|vivir|seguir|sigo|sigue|seguir viviendo|luchar)|whats the point (?:of|in) (?:living|life|anything|trying|going on)"
        + "|" + $@"(?:{Drugs}|knife|knives|cuchillos?|razors?|navajas?|rope|cuerda) (?:\w+ ){{0,4}}(?:hidden|gone|missing|escondid\w*|faltan|desaparec\w*)"
        + "|" + $@"(?:hiding|hidden|hid|stash\w*|escond\w*) (?:\w+ ){{0,3}}(?:{Drugs}|knife|knives|cuchillos?|razors?|navajas?|rope|cuerda)"
        + "|" + @"(?:life|vida) (?:is|es) (?:pointless|meaningless|no vale)"
        + "|" + @"(?:nobody|no one|nadie) (?:\w+ ){0,3}(?:care|miss|notice|extranar|extranaria|extranarian|importaria|extrane|daria cuenta)\w*"
        + "|" + @"(?:if|si|when|cuando) (?:i|he|she|yo|el|ella) (?:was|were|am|is|estuviera|no estuviera|ya no este) (?:gone|muert[oa]|aqui)"
        + "|" + @"(?:si|if) (?:me|se|i|he|she) (?:muero|muere|muera|died|die)"
        + "|" + @"mejor (?:si|sin) (?:no existiera|mi|el|ella)"
        + "|" + @"(?:cant|can not|dont want to|do not want to) (?:do this|go on|take it|keep going) anymore|(?:cant|can not) go on"
        + "|" + @"ya no (?:puedo|aguanto|puede|aguanta) (?:\.|mas|con)"
        + "|" + @"done with (?:all of it|it all|everything|life|living|todo)"
        + "|" + @"(?:giving|gave|gives|give) away (?:his|her|my|their|all)"
        + "|" + @"regal\w* (?:sus|mis|todas|todo)"
        + "|" + @"(?:thanking|thanks|agradec\w*) (?:\w+ ){0,2}(?:for everything|por todo)"
        + "|" + @"(?:saying|said|says) goodbye|(?:sorry|perdon\w*|goodbye|adios) (?:to )?(?:everyone|everybody|a todos|todos)|(?:sorry|perdon\w*|lo siento|disculpa\w*) (?:\w+ )?(?:for everything|por todo) (?:\.|and|y)"
        + "|" + @"se despid\w*"
        + "|" + @"not (?:waking|wake) up"
        + "|" + @"no despertar"
        + "|" + @"ir(?:se|me)? con dios\w*"
        + "|" + @"until (?:she|he|i|they) (?:disappear\w*|die\w*|is gone)|hasta (?:desaparecer|morir|que se muera|que desaparezca)|(?:disappear\w*|desaparecer) (?:for good|forever|para siempre|del mapa)"
        + "|" + @"(?:never|nunca) (?:been |haber |hubiera )?(?:born|nacido)|no haber nacido"
        + "|" + @"(?:wont|will not|not going to) be (?:around|here|alive)|ya no (?:voy|va) a estar"
        + "|" + @"(?:tired|cansad[oa]|canse) (?:\w+ ){0,1}(?:of|de) (?:living|life|vivir|la vida|todo|everything)"
        + "|" + @"(?:una|a) (?:carga|burden)"
        + "|" + @"(?:me|le) (?:pase|pasara|diera) algo"
        + "|" + @"(?:se|me|te) (?:avienta|aviente|tira|tire) (?:de|del|por)|aventarse|tirarse"
        + "|" + @"(?:all of a sudden|de repente|suddenly) (?:\w+ ){0,3}(?:calm|happy|tranquil\w*|feliz|calmad\w*)"
        + "|" + Death + ") ";

    /// <summary>A self-harm act told as happening or done: with a body part, a tool, on purpose, or ongoing.</summary>
    private const string SelfHarmUrgentPattern =
        " (?:" + $@"(?:cutting|cuttin|cutin|burning|scratching|carving) {Self}"
        + "|" + $@"(?:been|is|keeps|kept|started|still|caught \w+|found \w+) (?:\w+ )?(?:cutting|cuttin|self ?harming|burning (?:him|her)self)|(?:cutting|cuttin) (?:again|otra vez|de nuevo)"
        + "|" + $@"(?:cutting|cuttin|cut|carving|carved) (?:his|her|their|my) {Skin}"
        + "|" + $@"(?:cut\w*|burn\w*|scratch\w*|carv\w*|cort\w*|quem\w*|rasgun\w*|lastim\w*) (?:\w+ ){{0,4}}(?:with|con) (?:a |an |una |un |el |la |his |her |su )?{Tool}"
        + "|" + @"(?:cut\w*|burn\w*|hurt\w*|harm\w*|hit\w*|scratch\w*|cort\w*|quem\w*|lastim\w*|golpe\w*) (?:\w+ ){0,4}(?:on purpose|a proposito|adrede)"
        + "|" + $@"(?:se|me) (?:\w+ ){{0,2}}(?:corto|corta|cortaba|cortando|cortado|quemo|quemando|quemado|lastimando|rasguno|rasgunando) (?:\w+ )?(?:los|las|el|la|sus|su|mis|mi) {Skin}"
        + "|" + @"autolesion(?:a|o|ando|ado|ada|an|aba)|se (?:\w+ )?(?:hizo|hace|hacia|ha hecho|esta haciendo) (?:\w+ )?(?:cortadas|cortes|cortaduras|quemaduras)" + ") ";

    private const string SelfHarmPossiblePattern =
        " (?:" + $@"(?:hurt\w*|harm\w*|cut\w*|burn\w*|scratch\w*|hit\w*|punch\w*|starv\w*) {Self}"
        + "|" + @"self ?harm\w*"
        + "|" + @"cutting"
        + "|" + @"(?:cuts|scratches|scars|marks|burns) (?:on|in) (?:his|her|their) (?:arms?|wrists?|legs?|skin|thighs?)"
        + "|" + @"(?:se|me|te) (?:\w+ ){0,2}(?:corta|corto|cortaba|cortando|cortar|cortado|lastima|lastimo|lastimaba|lastimando|lastimar|lastimado|quema|quemo|quemando|rasguna|golpea)"
        + "|" + @"(?:long sleeves?|mangas? largas?) (?:\w+ ){0,4}(?:summer|heat|hot|calor|verano)"
        + "|" + @"(?:hide|hides|hiding|esconde|tapa|oculta|wrap|cover|cubre|venda)\w* (?:\w+ ){0,2}(?:his|her|sus|los|las) (?:arms|brazos|wrists|munecas|piernas|legs|thighs)|(?:let|deja) (?:\w+ ){0,2}(?:see|ver) (?:his|her|sus|los|las) (?:arms|brazos|wrists|munecas|piernas|legs|thighs)"
        + "|" + @"(?:hit\w*|bang\w*|bash\w*|slam\w*) (?:his|her|their|my) (?:head|face) (?:\w+ ){0,2}(?:against|on|into) (?:the |a )?(?:wall|walls|floor|pared|piso)|(?:se|me) (?:pega|pegaba|golpea|golpeaba|da|daba) (?:\w+ ){0,1}(?:en |contra )?(?:la|su) (?:cabeza|cara)|(?:cabezazos|golpes) contra"
        + "|" + $@"(?:mak\w*|made) {Self} (?:throw up|vomit|puke)|(?:se )?(?:provoca|provocaba|obliga a) (?:el )?vomit\w*|(?:vomit\w*|throw\w* up|puk\w*) (?:\w+ ){{0,4}}(?:a proposito|adrede|on purpose|every meal|after every|after each|despues de cada)"
        + "|" + @"(?:\d+|two|three|four|five|several|dos|tres|cuatro|cinco|varios) (?:days|dias) (?:\w+ )?(?:sin comer|without eating|without food)|(?:hasnt|has not|hadnt|havent|no ha|not) (?:eaten|comido) (?:\w+ ){0,2}(?:in|for|en) (?:a |\d+ |two |three |four |five |several |dos |tres |cuatro |cinco |varios )?(?:days?|dias|weeks?|semanas?)|(?:no come|no ha comido|sin comer) (?:desde )?(?:hace|en|por) (?:una|dos|tres|\d+|varios|varias) (?:semanas?|dias)|(?:stop|stopped|quit|quits) eating (?:\.|until|completely|altogether)|dejo de comer (?:\.|por completo|del todo)|(?:collect\w*|saving|hoard\w*|stockpil\w*|guardando|juntando|acumulando) (?:\w+ ){0,2}(?:pills|pastillas|meds|medicinas)|en los huesos|skin and bones|(?:se ve|se siente|se cree|feels|thinks (?:she|he) is|says (?:she|he) is) (?:\w+ ){0,3}(?:gorda|gordo|fat) (?:\w+ ){0,2}(?:y|and) (?:no come|no quiere comer|wont eat|doesnt eat|refuses to eat|stopped eating|dejo de comer)|\d+ (?:calories|calorias)|laxatives|laxantes|diet pills|pastillas para adelgazar"
        + "|" + @"(?:hacer|haga|hace|hizo|hacerse|hacerle) (?:\w+ )?dano"
        + "|" + @"cortarse|lastimarse|cortadas|cortaduras|autolesion\w*|rasgun\w*"
        + "|" + @"(?:se|me) (?:corto|cortaron) las venas"
        + "|" + @"(?:razor|blade|navaja|gillette|cuchilla)s?" + ") ";

    private const string HarmToOthersUrgentPattern =
        " (?:" + $@"{Intend} (?:to )?(?:kill|shoot|stab|murder) (?:him|her|them|you|me|us|his|her|my|our|the|a|an|someone|somebody|everyone|everybody|people|anyone)"
        + "|" + $@"{Intend} (?:to )?(?:hurt|harm|strangle|choke|beat up) {Victim}"
        + "|" + @"(?:shoot|shooting|shot) up (?:the|a|his|her|my|our)|(?:will|would|going to|want\w* to|plan\w* to|threat\w* to|va a|iba a|quiere|amenazo con) (?:bring|llevar|traer|take) (?:a |an |una |un |la |el |su |his |her |my |mi )?(?:\w+ )?(?:gun|pistola|arma|knife|cuchillo|navaja|rifle)|(?:gun|pistola|arma|knife|cuchillo|navaja|rifle) (?:\w+ ){0,2}(?:to|a la|al) (?:school|escuela|colegio|class|clase)"
        + "|" + @"(?:strangl\w*|chok(?:e|ed|es|ing)|estrangul\w*|ahorco|ahorca|ahorcaba) (?:me|him|her|them|us|my|his|our|a mi|a su|a la|al|la|lo|nos|me)"
        + "|" + @"(?:voices?|voces) (?:\w+ ){0,4}(?:to |que )?(?:hurt|kill|harm|lastim\w*|mat\w*|hacer dano)"
        + "|" + @"(?:list|lista) (?:of |de )?(?:\w+ ){0,4}(?:hurt|kill|shoot|lastimar|matar)|(?:want\w*|quiere|wanna) (?:to )?(?:hurt|kill) \."
        + "|" + $@"{Intend} (?:to )?(?:burn|set fire to|light) (?:down )?(?:the|our|his|her|my) (?:house|school|home|car|room|building)|{EsWill} (?:quemar|incendiar|prender fuego a) (?:la|el|su|mi|nuestra|nuestro) (?:casa|escuela|carro|cuarto|edificio)"
        + "|" + @"(?:mata|matara|mataria|matare|mato) a (?:los|las|mis|sus|su|mi|la|el|todos|alguien|tu)"
        + "|" + $@"(?:lo|la|los|las|te|me|nos|le) {EsWill} matar"
        + "|" + $@"{EsWill} (?:matar|apunalar|acuchillar|disparar|balear|envenenar|ahorcar|estrangular) a (?:su|sus|mi|mis|la|el|los|las|un|una|alguien|todos|tu)"
        + "|" + $@"(?:lo|la|los|las|te|me|nos|le|les) {EsWill} (?:apunalar|acuchillar|disparar|balear|envenenar|estrangular)"
        + "|" + @"(?:matarlo|matarla|matarlos|matarlas|matarte|matarnos)"
        + "|" + @"(?:darle|dar|darles) (?:piso|cuello|chicharron|baje)|(?:lo|la) van a (?:quebrar|bajar|levantar)"
        + "|" + @"(?:has|have|tiene|trae|got|grabbed|agarro|saco) (?:a |an |una |un )?(?:gun|pistola|arma|knife|cuchillo|navaja|rifle|fierro|cuete)" + ") ";

    private const string HarmToOthersPossiblePattern =
        " (?:" + @"threat\w*"
        + "|" + @"amenaz\w*"
        + "|" + @"(?:hurt|harm|attack|beat|choke|choked|chokes|strangl\w*) (?:someone|somebody|his|her|them|the|a|people)"
        + "|" + @"(?:hacerle dano|lastimar) a"
        + "|" + @"(?:gun|pistola|arma|knife|cuchillo|navaja|weapon)\w*"
        + "|" + @"(?:gang|banda|pandilla|mara|clica)"
        + "|" + @"(?:punched|hits|hit|beat|beats|pego|pega|golpeo|golpea|ahorco) (?:his|her|a su|su|the|a la|al|a mi|le)" + ") ";

    private const string AbuseUrgentPattern =
        " (?:" + @"abus\w*"
        + "|" + @"molest\w*"
        + "|" + @"manose\w*|toquete\w*|grop(?:e|ed|es|ing)"
        + "|" + @"(?:showed|sent|shows|sends|mostro|enseno|manda|mando|le ensena) (?:\w+ ){0,3}(?:porn\w*|pornograf\w*|nudes|videos? (?:porno|sexuales))"
        + "|" + @"(?:senor|man|guy|adult|hombre|tipo|grown man) (?:\w+ ){0,4}(?:pide|pidio|pedia|asks|asked|asking|wants|quiere) (?:\w+ ){0,2}(?:fotos|pics|pictures|photos) (?:\.|de ella|de el|of her|of him|of herself|of himself|sin ropa|intimas|desnud\w*)"
        + "|" + @"(?:meet|meeting|dating|verse con|sale con|anda con) (?:up with )?(?:some |a |an |un |una )?(?:\w+ )?(?:(?:[2-9]\d) (?:year old|years old|yo|yr old|anos)|older (?:guy|man|men)|grown (?:man|men))"
        + "|" + @"(?:pushed|shoved|threw|empujo|empujaba|avento) (?:me|him|her|them|us|my|his|a mi|a su|la|lo|me) (?:\w+ ){0,2}(?:down the stairs|against the wall|into the wall|to the (?:floor|ground)|contra la pared|por las escaleras|al suelo|al piso)"
        + "|" + @"(?:le|les|me|nos) (?:hace|hacia|hizo|hacen|hacian|hicieron|ha hecho) cosas (?:\w+ )?(?:a|feas|malas|raras|que|cuando|\.)|(?:did|does|doing|do) things to (?:him|her|me|them)"
        + "|" + $@"{Abuser}s? (?:\w+ ){{0,4}}(?:(?:hits|hit|hitting|beats|beat|beating|punches|punched|slaps|slapped|chokes|choked) (?:me|him|her|them|us|my|his|our|the kids|the baby)|(?:me|te|le|les|nos|la|lo|los|las) (?:pega|pegaba|pego|golpea|golpeaba|golpeo|cachetea|patea|pateo))"
        + "|" + $@"(?:guy|man|men|adult|hombre|senor|tipo|someone|alguien) (?:\w+ ){{0,3}}(?:met|conocio|conocieron) (?:\w+ ){{0,2}}{Online}"
        + "|" + $@"(?:met|conocio|conocio a) (?:a |an |un |una )?(?:older |grown |mayor )?(?:guy|man|adult|hombre|senor|tipo|muchacho mayor) (?:\w+ ){{0,2}}{Online}"
        + "|" + @"rape\w*"
        + "|" + @"viol(?:o|aron|acion|ada|ado)"
        + "|" + @"sexual\w*"
        + "|" + @"(?:touched|touches|touching|toca|tocaba|toco|tocaron) (?:\w+ ){0,2}(?:her|him|my|his|a mi|private|partes)"
        + "|" + @"(?:la|lo) (?:toco|toca|tocaba|tocaron|tocaban)"
        + "|" + @"(?:burned|burnt|burns|quemo|quema) (?:him|her|them|my|lo|la|le|a mi) (?:\w+ ){0,2}(?:with|con)"
        + "|" + @"(?:hits|hit|beats|beat|pega|pegan|pego|golpea|golpean|golpeo) (?:my|mi|a mi|le|a la|a los|him|her|them)(?: (?:\w+ ){0,3})?(?:with|con) (?:a |el |la )?(?:belt|cinturon|cable|palo)"
        + "|" + @"(?:violencia|violent\w*) (?:domestica|domestic)" + ") ";

    private const string AbusePossiblePattern =
        " (?:" + @"(?:marks|bruises|marcas|moretones)"
        + "|" + @"(?:hits|hit|beats|pega|pegan|golpea|golpean) (?:me|mi|a mi|my|us|nos)"
        + "|" + @"(?:le|me|nos) (?:pega|pegan|golpea|golpean|maltrata\w*)"
        + "|" + @"maltrat\w*|neglect\w*|negligencia"
        + "|" + @"(?:tengo miedo|me da miedo|scared|afraid|worried|miedo) (?:\w+ ){0,5}(?:les|le|lo|la|them|him|her|us|me|nos) (?:\w+ ){0,2}(?:pueda hacer|haga|hurt|do something|hace algo|lastime|lastimen)"
        + "|" + @"(?:flinch\w*|(?:scared|afraid|terrified|miedo|asustad\w*|terror) (?:\w+ ){0,2}(?:of|de|a) (?:her |his |su |el |la |mi )?" + Abuser + ")"
        + "|" + @"(?:no quiere|doesnt want to|does not want to|wont|refuses to|se niega a|scared to|afraid to|miedo de) (?:\w+ )?(?:quedarse|stay|be|estar) (?:\w+ )?(?:sol[oa]|alone) (?:con|with)"
        + "|" + @"(?:llega|llego|viene|vino|came|comes|come) (?:\w+ ){0,4}(?:con|with) (?:\w+ )?(?:golpes|moretones|bruises|marks|marcas|heridas|black eyes?)|black eye|ojo morado"
        + "|" + @"(?:packed|packing|hizo|hace|preparo) (?:a |his |her |su |la )?(?:bag|backpack|suitcase|maleta|mochila) (?:\w+ ){0,6}(?:leaving|leave|run|irse|escapar\w*|se va|se iba)"
        + "|" + @"porn\w*|pornograf\w*|(?:pide|pidio|pedia|piden|asks|asked|asking) (?:\w+ ){0,3}(?:nudes|desnud\w*|fotos (?:sin ropa|intimas))|sneak\w* out|se (?:sale|escapa|salia|escapaba) (?:\w+ )?de noche"
        + "|" + @"(?:running away|runs away|escapar\w*|fugar\w*|irse de la casa|se quiere ir de la casa)"
        + "|" + @"(?:ran away|ran off|run away|runaway|se fue de la casa|se escapo|se salio de la casa|(?:is|esta|went|gone|anda) missing|desaparecid\w*|cant find (?:him|her)|no (?:lo|la) encuentro)"
        + "|" + @"(?:older|mayor) (?:guys?|man|men|tipos?|hombres?|senor)|(?:tipo|hombre|senor) mayor" + ") ";

    private const string MedicalUrgentPattern =
        " (?:" + @"(?:not|isnt|wont|cant|no|cannot) (?:\w+ )?(?:breathing|breathe|breath|wake|waking|respira|respirando|despierta|despertando|reacciona|reaccionando|responde|respondiendo)"
        + "|" + @"no (?:puede|puedo) respirar|(?:od|odd|oded|odeed) on|(?:an|a) od|seizing|se intoxic\w*|intoxic\w* con|envenen\w*|(?:is|esta|se esta|se) (?:choking|ahogando|ahoga)"
        + "|" + @"unconscious|inconsciente|desmay\w*|passed out|fainted|seizure\w*|convuls\w*|overdos\w*|sobredosis"
        + "|" + $@"(?:took|taken|swallowed|drank|popped|ingested|tome|tomo|trago|se tomo|se trago|me tome|me trague|se metio|se echo|ingirio|bebio|se bebio) (?:\w+ ){{0,6}}{Drugs}"
        + "|" + @"(?:drank|chugged|swallowed|bebio|se bebio|se tomo|se trago) (?:a |an |una |un |la |el |half a |media )?(?:whole |entera )?(?:bottle|botella|bote|frasco)(?: of| de)?"
        + "|" + @"(?:turning|turned|going|se puso|se esta poniendo|se pone) (?:\w+ )?(?:blue|purple|morad[oa]|azul) (?:\.|and|y|in the face)"
        + "|" + @"lips (?:are|turned) blue"
        + "|" + @"(?:esta|se puso) morad[oa]"
        + "|" + @"ambulanc\w*|911|chest pain"
        + "|" + @"(?:heart|corazon) (?:\w+ ){0,2}(?:racing|pounding|late (?:muy )?(?:rapid\w*|fuerte))" + ") ";

    private const string MedicalPossiblePattern =
        " (?:" + @"bleed\w*|bled|sangr\w*|blood"
        + "|" + @"emergenc\w*"
        + "|" + @"hospital\w*" + ") ";

    private const string UrgencyPattern =
        " (?:" + @"tonight|right now|now|ahorita|ahora mismo|esta noche|ya tiene|blood|bleeding|sangre|sangrando|gun|pistola|arma|todo pensado"
        + "|" + @"knife|cuchillo|pills|pastillas|rope|cuerda|bridge|puente|roof|techo|note|carta|de verdad|for real|plan|planea|planned|tengo un plan"
        + "|" + @"razor|navaja|blade|locked (?:in|herself|himself)|encerr\w*|not answering|isnt answering|wont answer|no contesta|no me contesta" + ") ";
}
