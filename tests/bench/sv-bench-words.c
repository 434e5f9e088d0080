/* sv-bench-words.c: the word lists of sv-bench-words.h. */
#include "sv-bench-words.h"

#define COUNT(array) (G_N_ELEMENTS (array))

const char *const sv_bench_given_names[] = {
  "Jan", "Pieter", "Kees", "Henk", "Willem", "Johannes", "Cornelis", "Hendrik",
  "Gerrit", "Dirk", "Bram", "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan",
  "Noah", "Luuk", "Jesse", "Thijs", "Ruben", "Stijn", "Bas", "Joost", "Maarten",
  "Sander", "Mohamed", "Ahmed", "Yusuf", "Emre", "Mehmet", "Sjoerd", "Teun",
  "Gijs", "Jelle", "Wouter", "Arjen", "Michaël", "Raphaël", "René", "André",
  "José", "Jan-Willem", "Anna", "Maria", "Johanna", "Cornelia", "Elisabeth",
  "Wilhelmina", "Emma", "Julia", "Sophie", "Tess", "Sara", "Fleur", "Lotte",
  "Lisa", "Eva", "Noor", "Saar", "Anouk", "Femke", "Ilse", "Marieke", "Ingrid",
  "Petra", "Sanne", "Fatima", "Aïcha", "Zoë", "Chloë", "Noëlle", "Daniëlle",
  "Loïs", "Joëlle", "Anaïs", "Mila", "Yara", "Nina", "Iris", "Roos", "Evi",
  "Jasmijn", "Floor", "Merel", "Esmée", "Hélène", "Geertje", "Ymke",
  "Wietske", "Anke", "Marloes", "Annemiek", "Hatice", "Elif", "Ayşe",
};
const guint sv_bench_n_given_names = COUNT (sv_bench_given_names);

const char *const sv_bench_family_names[] = {
  "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
  "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
  "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
  "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok",
  "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen",
  "van den Broek", "de Bruijn", "de Jong", "Schouten", "van Beek", "Willems",
  "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster",
  "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Peeters", "de Jonge",
  "Kuipers", "van Veen", "Post", "Kuiper", "Veenstra", "Kramer", "van den Brink",
  "Scholten", "van Wijk", "Postma", "Martens", "Vink", "de Ruiter", "Timmermans",
  "Groen", "Gerritsen", "Jonker", "van Loon", "Boers", "van der Heijden",
  "Ouwehand", "ter Horst", "van 't Hof", "in 't Veld", "van Eijk", "Hoogendoorn",
  "Molenaar", "Lammers", "van de Kamp", "den Hartog", "Çelik", "Öztürk", "Şahin",
  "Yılmaz", "El Amrani", "Bouzid", "Rodríguez", "Nguyễn", "Beëlen", "Hoëvenaars",
  "Brüggemann", "van Zoëlen",
};
const guint sv_bench_n_family_names = COUNT (sv_bench_family_names);

const char *const sv_bench_reasons[] = {
  "Zorgen over de veiligheid van de kinderen",
  "Huiselijk geweld gemeld door buren",
  "Schoolverzuim en signalen van verwaarlozing",
  "Escalerende ruzies tussen ouders",
  "Vermoeden van kindermishandeling",
  "Ouderenmishandeling: financiële uitbuiting",
  "Dreigende huisuitzetting en schulden",
  "Verslavingsproblematiek bij een ouder",
  "Psychische problemen van moeder, zorg om de baby",
  "Politiemelding na incident in de woning",
  "Zorgmijdend gezin, hulpverlening loopt vast",
  "Signalen van seksueel grensoverschrijdend gedrag",
  "Conflictscheiding met belaste kinderen",
  "Jeugdige gaat niet naar school en is veel op straat",
  "Vervuilde woning en zorgen over hygiëne",
  "Eergerelateerd geweld vermoed",
  "Mantelzorger overbelast, ontspoorde zorg",
  "Melding van de verloskundige over de ongeboren baby",
};
const guint sv_bench_n_reasons = COUNT (sv_bench_reasons);

const char *const sv_bench_words[] = {
  /* small words, as often as in real notes */
  "de", "het", "een", "en", "van", "in", "op", "met", "voor", "bij", "naar",
  "is", "zijn", "was", "heeft", "hebben", "wordt", "worden", "niet", "wel",
  "ook", "nog", "al", "er", "dat", "die", "dit", "om", "te", "over", "door",
  "na", "als", "maar", "of", "dan", "zij", "hij", "ze", "we", "wij", "moeder",
  /* people and roles */
  "vader", "moeder", "ouders", "kind", "kinderen", "zoon", "dochter", "baby",
  "oma", "opa", "tante", "oom", "buurvrouw", "buurman", "juf", "meester",
  "mentor", "huisarts", "wijkagent", "jeugdarts", "verloskundige", "consulent",
  "casusregisseur", "procesregisseur", "gezinscoach", "leerplichtambtenaar",
  "maatschappelijk", "werker", "begeleider", "psycholoog", "psychiater",
  "advocaat", "voogd", "pleegouders", "wijkteam", "buurtteam", "school",
  "opvang", "kinderopvang", "peuterspeelzaal", "politie", "gemeente",
  "woningcorporatie", "schuldhulpverlening", "bewindvoerder", "deurwaarder",
  /* meetings and actions */
  "gesprek", "huisbezoek", "telefonisch", "contact", "afspraak", "overleg",
  "bespreking", "netwerkberaad", "veiligheidsplan", "veiligheidskaart",
  "afspraken", "toestemming", "verklaring", "ondertekend", "gemaild", "gebeld",
  "teruggebeld", "bezocht", "besproken", "gevraagd", "aangegeven", "verteld",
  "gemeld", "doorverwezen", "aangemeld", "ingepland", "afgezegd", "verzet",
  "uitgenodigd", "gesproken", "geïnformeerd", "gecontroleerd", "geregeld",
  "opgeschaald", "afgeschaald", "gestart", "gestopt", "afgerond", "verlengd",
  "evaluatie", "rapportage", "verslag", "brief", "aanvraag", "indicatie",
  "beschikking", "ondertoezichtstelling", "uithuisplaatsing", "huisverbod",
  "onderzoek", "melding", "signaal", "signalen", "zorgen", "risico",
  "risicotaxatie", "inschatting", "advies", "plan", "doelen", "voortgang",
  /* situation */
  "thuis", "woning", "huis", "kamer", "slaapkamer", "keuken", "tuin", "buurt",
  "wijk", "straat", "dorp", "Elst", "Heteren", "Randwijk", "Zetten",
  "Hemmen", "Valburg", "Driel", "Oosterhout", "Slijk-Ewijk", "Herveld",
  "situatie", "veiligheid", "onveiligheid", "spanning", "spanningen", "ruzie",
  "conflict", "geweld", "dreiging", "angst", "stress", "verdriet", "boosheid",
  "schulden", "geld", "huur", "achterstand", "werk", "baan", "uitkering",
  "alcohol", "drugs", "middelengebruik", "verslaving", "gezondheid", "ziekte",
  "ziekenhuis", "opname", "medicatie", "therapie", "behandeling", "hulp",
  "hulpverlening", "ondersteuning", "begeleiding", "dagbesteding", "vrijwilligerswerk",
  "schoolverzuim", "verzuim", "gedrag", "slaap", "eten", "hygiëne", "kleding",
  "verwaarlozing", "zelfredzaamheid", "netwerk", "steun", "sociaal", "eenzaam",
  "rustig", "rustiger", "onrustig", "goed", "beter", "slechter", "stabiel",
  "zorgelijk", "positief", "negatief", "gemotiveerd", "terughoudend",
  "boos", "verdrietig", "bang", "moe", "open", "eerlijk", "coöperatief",
  "naïef", "afwachtend", "duidelijk", "onduidelijk", "belangrijk", "nodig",
  /* time */
  "vandaag", "gisteren", "morgen", "week", "weken", "maand", "maanden",
  "ochtend", "middag", "avond", "nacht", "weekend", "maandag", "dinsdag",
  "woensdag", "donderdag", "vrijdag", "vakantie", "binnenkort", "later",
  "eerder", "opnieuw", "direct", "snel", "regelmatig", "dagelijks", "wekelijks",
  /* verbs */
  "gaat", "komt", "blijft", "wil", "kan", "moet", "zal", "zou", "mag", "weet",
  "denkt", "vindt", "voelt", "zegt", "vraagt", "wacht", "helpt", "zoekt",
  "werkt", "woont", "slaapt", "eet", "speelt", "leert", "huilt", "lacht",
  "schreeuwt", "dreigt", "slaat", "vertrekt", "terugkomt", "meewerkt",
  "weigert", "accepteert", "begrijpt", "herkent", "ontkent", "erkent",
  "toezegt", "nakomt", "volgt", "belt", "mailt", "schrijft", "regelt",
};
const guint sv_bench_n_words = COUNT (sv_bench_words);

const char *const sv_bench_authors[] = {
  "A. de Jong", "M. Bakker", "S. van Dijk", "R. Visser", "L. Meijer",
  "K. Mulder", "E. Smit", "J. de Boer", "T. Hendriks", "N. van Leeuwen",
  "P. Dekker", "W. Brouwer", "H. Dijkstra", "F. de Graaf", "I. Kok",
  "G. Jacobs", "D. de Haan", "B. Vermeulen", "C. van den Heuvel", "Y. El Idrissi",
};
const guint sv_bench_n_authors = COUNT (sv_bench_authors);

const char *const sv_bench_gp_practices[] = {
  "Huisartsenpraktijk De Linde", "Huisartsenpraktijk Elst Centrum",
  "Gezondheidscentrum Zetten", "Huisartsen Heteren", "Praktijk Randwijk",
  "Huisartsenpraktijk De Betuwe",
};
const guint sv_bench_n_gp_practices = COUNT (sv_bench_gp_practices);

const char *const sv_bench_third_parties[] = {
  "Basisschool De Regenboog", "Buurtteam Elst", "Politie Overbetuwe",
  "Woningcorporatie Betuwe Wonen", "Kinderopvang Het Speelhuis", "Wijkverpleging",
  "Verloskundigenpraktijk Zetten", "Leerplicht", "Jeugdarts GGD",
};
const guint sv_bench_n_third_parties = COUNT (sv_bench_third_parties);
