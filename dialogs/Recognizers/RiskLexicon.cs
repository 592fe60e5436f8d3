namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// The words of danger, over <see cref="NormalizedText"/> (no accents, SMS spelled out, no apostrophes).
/// Explicit intent, acts and emergencies are urgent; wishes, hints, warning signs and hedged words are possible,
/// so the bot asks.
/// </summary>
internal static class RiskLexicon
{
    private const string Self = @"(?:my|him|her|them|your|our)sel(?:f|ves)";
    private const string Intend = @"(?:want\w*|wanna|going to|will|try\w*|tried|plan\w*|threat\w*|says? he will|about to|decided to)";
    private const string EsWill = @"(?:va a|voy a|vas a|van a|iba a|ibas a|iban a|ira a|iria a|quiere|quiero|queria|quiso|intento|intente|trato de|piensa|pienso|amenazo con|amenaza con)";
    private const string Drugs = @"(?:pills|pastillas|pildoras|bleach|cloro|meds|medicine|medicina|medicinas|medicamentos?|xanax|tylenol|advil|ibuprofen\w*|paracetamol|benadryl|melatonin\w*|sleeping pills|clonazepam|sertralina|prozac|zoloft|lithium|litio|adderall|fentanyl|fentanilo|drugs|drogas|veneno|poison|raticida)";
    private const string Death = @"(?:die|dies|died|dying|dead|death|muerte|morir\w*|muere|muera|murier\w*|murio|muerto|muerta|kill|kills|killed|killing|mata|matar\w*|mato|coffin|casket|ataud)";

    public static readonly RiskCue[] Cues =
    [
        new(RiskCategories.Suicide, RiskLevel.Urgent, new PhraseSet(SuicideUrgentPattern)),
        new(RiskCategories.Suicide, RiskLevel.Possible, new PhraseSet(SuicidePossiblePattern)),
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
        + "|" + @"matar(?:me|se|te)"
        + "|" + $@"(?:me|se|te) {EsWill} (?:matar|suicidar|ahorcar|colgar|aventar|tirar|quitar la vida)"
        + "|" + @"quitar(?:me|se|te) la vida"
        + "|" + @"(?:me|se) (?:mato|ahorco|colgo|suicido) \."
        + "|" + @"carta de despedida|suicide note|goodbye (?:note|letter)"
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
        + "|" + @"(?:dont|doesnt|didnt) (?:want|wanna) (?:to )?(?:live|be alive|be here|exist|wake up)"
        + "|" + @"no (?:quiero|quiere|queria) (?:vivir|seguir viviendo|estar aqui|existir|despertar)"
        + "|" + @"(?:no|not|dont|doesnt|didnt|cant|do not) (?:le )?(?:see|ve|veo|vemos|le ve|encuentro|encuentra) (?:\w+ ){0,1}(?:the point|any point|el punto|sentido|salida|way out)"
        + "|" + @"point (?:in|of) (?:living|life|going on)"
        + "|" + $@"(?:search\w*|googl\w*|look\w* up|busco|busca|buscando) (?:\w+ ){{0,4}}(?:{Drugs}|overdose|sobredosis|suicid\w*|hang\w*|ahorcar\w*|die|morir|kill\w*|matar\w*)"
        + "|" + @"para que (?:vive|vivo|vivir|seguir|sigo|sigue|seguir viviendo|luchar)|whats the point (?:of|in) (?:living|life|anything|trying|going on)"
        + "|" + $@"(?:{Drugs}|knife|knives|cuchillos?|razors?|navajas?|rope|cuerda) (?:\w+ ){{0,4}}(?:hidden|gone|missing|escondid\w*|faltan|desaparec\w*)"
        + "|" + $@"(?:hiding|hidden|hid|stash\w*|escond\w*) (?:\w+ ){{0,3}}(?:{Drugs}|knife|knives|cuchillos?|razors?|navajas?|rope|cuerda)"
        + "|" + @"(?:life|vida) (?:is|es) (?:pointless|meaningless|no vale)"
        + "|" + @"(?:nobody|no one|nadie) (?:\w+ ){0,2}(?:care|miss|notice|extranaria|extranarian|importaria|extrane|daria cuenta)\w*"
        + "|" + @"(?:if|si|when|cuando) (?:i|he|she|yo|el|ella) (?:was|were|am|is|estuviera|no estuviera|ya no este) (?:gone|muert[oa]|aqui)"
        + "|" + @"(?:si|if) (?:me|se|i|he|she) (?:muero|muere|muera|died|die)"
        + "|" + @"mejor (?:si|sin) (?:no existiera|mi|el|ella)"
        + "|" + @"(?:cant|can not|dont want to|do not want to) (?:do this|go on|take it|keep going) anymore|(?:cant|can not) go on"
        + "|" + @"ya no (?:puedo|aguanto|puede|aguanta) (?:\.|mas|con)"
        + "|" + @"done with (?:all of it|it all|everything|life|living|todo)"
        + "|" + @"(?:giving|gave|gives|give) away (?:his|her|my|their|all)"
        + "|" + @"regal\w* (?:sus|mis|todas|todo)"
        + "|" + @"(?:thanking|thanks|agradec\w*) (?:\w+ ){0,2}(?:for everything|por todo)"
        + "|" + @"(?:saying|said|says) goodbye|(?:sorry|perdon\w*|goodbye|adios) (?:to )?(?:everyone|everybody|a todos|todos)"
        + "|" + @"se despid\w*"
        + "|" + @"not (?:waking|wake) up"
        + "|" + @"no despertar"
        + "|" + @"ir(?:se|me)? con dios"
        + "|" + @"(?:never|nunca) (?:been |haber |hubiera )?(?:born|nacido)|no haber nacido"
        + "|" + @"(?:wont|will not|not going to) be (?:around|here|alive)|ya no (?:voy|va) a estar"
        + "|" + @"(?:tired|cansad[oa]|canse) (?:\w+ ){0,1}(?:of|de) (?:living|life|vivir|la vida|todo|everything)"
        + "|" + @"(?:una|a) (?:carga|burden)"
        + "|" + @"(?:me|le) (?:pase|pasara|diera) algo"
        + "|" + @"(?:se|me|te) (?:avienta|aviente|tira|tire) (?:de|del|por)|aventarse|tirarse"
        + "|" + @"(?:all of a sudden|de repente|suddenly) (?:\w+ ){0,3}(?:calm|happy|tranquil\w*|feliz|calmad\w*)"
        + "|" + Death + ") ";

    private const string SelfHarmPossiblePattern =
        " (?:" + $@"(?:hurt\w*|harm\w*|cut\w*|burn\w*|scratch\w*|hit\w*|punch\w*|starv\w*) {Self}"
        + "|" + @"self ?harm\w*"
        + "|" + @"cutting"
        + "|" + @"(?:cuts|scratches|scars|marks|burns) (?:on|in) (?:his|her|their) (?:arms?|wrists?|legs?|skin|thighs?)"
        + "|" + @"(?:se|me|te) (?:\w+ ){0,2}(?:corta|corto|cortaba|cortando|cortar|cortado|lastima|lastimo|lastimaba|quema|quemo|rasguna|golpea)"
        + "|" + @"(?:hacer|haga|hace|hizo|hacerse|hacerle) (?:\w+ )?dano"
        + "|" + @"cortarse|lastimarse|cortadas|cortaduras|autolesion\w*|rasgun\w*"
        + "|" + @"(?:se|me) (?:corto|cortaron) las venas"
        + "|" + @"(?:razor|blade|navaja|gillette|cuchilla)s?" + ") ";

    private const string HarmToOthersUrgentPattern =
        " (?:" + $@"{Intend} (?:to )?(?:kill|shoot|stab|murder) (?:him|her|them|you|me|us|his|her|my|the|someone|somebody|everyone|everybody)"
        + "|" + $@"(?:lo|la|los|las|te|me|nos|le) {EsWill} matar"
        + "|" + $@"{EsWill} matar a (?:su|sus|mi|mis|la|el|los|las|un|una|alguien|todos|tu)"
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
        + "|" + @"(?:ran away|ran off|run away|runaway|se fue de la casa|se escapo|se salio de la casa|(?:is|esta|went|gone|anda) missing|desaparecid\w*|cant find (?:him|her)|no (?:lo|la) encuentro)"
        + "|" + @"(?:older|mayor) (?:guys?|man|men|tipos?|hombres?|senor)|(?:tipo|hombre|senor) mayor" + ") ";

    private const string MedicalUrgentPattern =
        " (?:" + @"(?:not|isnt|wont|cant|no|cannot) (?:\w+ )?(?:breathing|breathe|breath|wake|waking|respira|despierta|reacciona|responde)"
        + "|" + @"unconscious|inconsciente|desmay\w*|passed out|fainted|seizure\w*|convuls\w*|overdos\w*|sobredosis"
        + "|" + $@"(?:took|swallowed|drank|tome|tomo|trago|se tomo|se trago|me tome|me trague) (?:\w+ ){{0,4}}{Drugs}"
        + "|" + @"lips (?:are|turned) blue"
        + "|" + @"(?:esta|se puso) morad[oa]"
        + "|" + @"ambulanc\w*|911|chest pain"
        + "|" + @"(?:heart|corazon) (?:\w+ ){0,2}(?:racing|pounding|late (?:muy )?(?:rapid\w*|fuerte))" + ") ";

    private const string MedicalPossiblePattern =
        " (?:" + @"bleeding|sangr\w*|blood"
        + "|" + @"emergenc\w*"
        + "|" + @"hospital\w*" + ") ";

    private const string UrgencyPattern =
        " (?:" + @"tonight|right now|now|ahorita|ahora mismo|esta noche|ya tiene|blood|bleeding|sangre|sangrando|gun|pistola|arma|todo pensado"
        + "|" + @"knife|cuchillo|pills|pastillas|rope|cuerda|bridge|puente|roof|techo|note|carta|de verdad|for real|plan|planea|planned|tengo un plan" + ") ";
}
