package org.drillbook.demo;

import java.util.List;
import java.util.Map;

import org.drillbook.drill.DrillText;

/**
 * The demo drill catalogue's Polish, Ukrainian and Belarusian texts, by the English name:
 * every demo drill is in all four languages (a test holds it to that).
 */
final class DemoCatalogue {

	private DemoCatalogue() {
	}

	static Map<String, DrillText> translations(String english) {
		return TEXTS.getOrDefault(english, Map.of());
	}

	static boolean has(String english) {
		return TEXTS.containsKey(english);
	}

	private static Map<String, DrillText> of(DrillText pl, DrillText uk, DrillText be) {
		return Map.of("pl", pl, "uk", uk, "be", be);
	}

	private static DrillText t(String name, String description, String... steps) {
		return new DrillText(name, description, List.of(steps));
	}

	static final Map<String, Map<String, DrillText>> TEXTS = Map.ofEntries(
			Map.entry("Magazine change under time", of(
					t("Zmiana magazynka na czas",
							"Strzał, wyrzucenie pustego magazynka, włożenie pełnego i ponowny strzał."),
					t("Заміна магазина на час", "Постріл, скинути порожній магазин, вставити повний і стріляти знову."),
					t("Замена магазіна на час", "Стрэл, скінуць пусты магазін, уставіць поўны і страляць зноў."))),
			Map.entry("Stoppage clearance (tap, rack, bang)", of(
					t("Usuwanie zacięcia (uderz, przeładuj, strzel)", "Usuń symulowany niewypał i wznów ogień."),
					t("Усунення затримки (удар, перезаряд, постріл)", "Усуньте імітовану осічку й відновіть вогонь."),
					t("Ліквідацыя затрымкі (удар, перазарад, стрэл)",
							"Ліквідуйце імітаваную асечку і аднавіце агонь."))),
			Map.entry("Weapon safety and handling check", of(
					t("Sprawdzian bezpiecznego obchodzenia się z bronią",
							"Rozładuj, zabezpiecz i przekaż broń, nie mierząc w nikogo."),
					t("Перевірка безпечного поводження зі зброєю",
							"Розрядіть, поставте на запобіжник і передайте зброю, ні на кого не спрямовуючи."),
					t("Праверка бяспечнага абыходжання са зброяй",
							"Разрадзіце, пастаўце на засцерагальнік і перадайце зброю, ні на каго не накіроўваючы."))),
			Map.entry("Grouping at 25 m",
					of(t("Skupienie na 25 m", "Pięć strzałów w postawie leżącej z podparciem; trafienia w kole 10 cm."),
							t("Купчастість на 25 м", "П'ять пострілів лежачи з упору; влучання в коло 10 см."),
							t("Кучнасць на 25 м", "Пяць стрэлаў лежачы з упору; трапленні ў кола 10 см."))),
			Map.entry("Pistol at 7 m",
					of(t("Pistolet na 7 m", "Dziesięć strzałów w postawie stojącej, chwyt oburącz."),
							t("Пістолет на 7 м", "Десять пострілів стоячи, хват двома руками."),
							t("Пісталет на 7 м", "Дзесяць стрэлаў стоячы, хват дзвюма рукамі."))),
			Map.entry("Qualification shoot 100 m",
					of(t("Strzelanie kwalifikacyjne 100 m", "Standardowy przebieg: leżąc, klęcząc i stojąc."),
							t("Кваліфікаційна стрільба 100 м", "Стандартна вправа: лежачи, з коліна і стоячи."),
							t("Кваліфікацыйная страляніна 100 м",
									"Стандартнае практыкаванне: лежачы, з калена і стоячы."))),
			Map.entry("React to contact",
					of(t("Reakcja na kontakt", "Sekcja reaguje na kontakt z przodu, oceniana krok po kroku.",
							"Natychmiast odpowiada ogniem", "Zajmuje ukrycie",
							"Podaje kontakt: kierunek, odległość, opis", "Lokalizuje przeciwnika",
							"Zdobywa przewagę ogniową celnym ogniem", "Melduje dowódcy drużyny"),
							t("Реакція на контакт", "Група реагує на контакт попереду, оцінюється крок за кроком.",
									"Негайно відкриває вогонь у відповідь", "Займає укриття",
									"Голосом передає контакт: напрямок, відстань, опис", "Виявляє противника",
									"Здобуває вогневу перевагу прицільним вогнем", "Доповідає командирові відділення"),
							t("Рэакцыя на кантакт", "Група рэагуе на кантакт наперадзе, ацэньваецца крок за крокам.",
									"Адразу адкрывае агонь у адказ", "Займае ўкрыццё",
									"Голасам перадае кантакт: кірунак, адлегласць, апісанне", "Выяўляе праціўніка",
									"Здабывае агнявую перавагу прыцэльным агнём", "Дакладвае камандзіру аддзялення"))),
			Map.entry("Ambush break contact", of(
					t("Wyjście z zasadzki",
							"Zasadzka bliska: natarcie przez zasadzkę lub oderwanie się, ocenia instruktor."),
					t("Вихід із засідки", "Близька засідка: атака крізь засідку або відрив, оцінює інструктор."),
					t("Выхад з засады", "Блізкая засада: атака праз засаду або адрыў, ацэньвае інструктар."))),
			Map.entry("Tourniquet self-application",
					of(t("Samodzielne założenie stazy", "Załóż stazę na własną kończynę jedną ręką."),
							t("Самонакладання турнікета", "Накладіть турнікет на власну кінцівку однією рукою."),
							t("Самастойнае накладанне турнікета",
									"Накладзіце турнікет на ўласную канечнасць адной рукой."))),
			Map.entry("Casualty care under fire", of(
					t("Pomoc poszkodowanemu pod ogniem", "Sekwencja MARCH u poszkodowanego pod symulowanym ostrzałem.",
							"Masywny krwotok: staza wysoko i mocno", "Drogi oddechowe: udrożnione i utrzymane",
							"Oddychanie: klatka sprawdzona, rana zaklejona",
							"Krążenie: inne krwawienia znalezione i zatamowane", "Hipotermia: poszkodowany okryty",
							"Karta poszkodowanego wypełniona i przekazana"),
					t("Допомога пораненому під вогнем", "Алгоритм MARCH для пораненого під імітованим обстрілом.",
							"Масивна кровотеча: турнікет високо й туго", "Дихальні шляхи: відкриті й утримані",
							"Дихання: грудна клітка перевірена, рана закрита",
							"Кровообіг: інші кровотечі знайдені й затампоновані", "Гіпотермія: поранений укритий",
							"Картка пораненого заповнена й передана"),
					t("Дапамога параненаму пад агнём", "Алгарытм MARCH для параненага пад імітаваным абстрэлам.",
							"Масіўнае крывацёк: турнікет высока і туга", "Дыхальныя шляхі: адкрытыя і ўтрыманыя",
							"Дыханне: грудная клетка правераная, рана закрытая",
							"Кровазварот: іншыя крывацёкі знойдзеныя і затампанаваныя", "Гіпатэрмія: паранены ўкрыты",
							"Картка параненага запоўненая і перададзеная"))),
			Map.entry("Casualty drag 50 m",
					of(t("Ewakuacja poszkodowanego 50 m", "Przeciągnij poszkodowanego ważącego 70 kg 50 m do ukrycia."),
							t("Евакуація пораненого 50 м", "Перетягніть пораненого вагою 70 кг на 50 м в укриття."),
							t("Эвакуацыя параненага 50 м", "Перацягніце параненага вагой 70 кг на 50 м ва ўкрыццё."))),
			Map.entry("Radio report (SALUTE)",
					of(t("Meldunek radiowy (SALUTE)", "Nadaj pełny meldunek SALUTE w sieci drużyny."),
							t("Радіодоповідь (SALUTE)", "Передайте повну доповідь SALUTE в мережі відділення."),
							t("Радыёданясенне (SALUTE)", "Перадайце поўнае данясенне SALUTE у сетцы аддзялення."))));

}
