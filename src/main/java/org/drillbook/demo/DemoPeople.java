package org.drillbook.demo;

import java.time.LocalDate;
import java.util.Random;

import org.drillbook.recruit.IdentityDetails;

/** Made-up identities of a multinational battalion; no real person's data. */
final class DemoPeople {

	private record Nation(String name, String phonePrefix, String[] first, String[] last, String[] relatives) {
	}

	private static final Nation[] NATIONS = {
			new Nation("Ukrainian", "+380 67",
					new String[] { "Олександр", "Андрій", "Марія", "Іван", "Оксана", "Тарас" },
					new String[] { "Шевченко", "Коваленко", "Бондаренко", "Мельник", "Ткаченко", "Кравченко" },
					new String[] { "мати", "дружина", "брат" }),
			new Nation("Belarusian", "+48 5", new String[] { "Алесь", "Янка", "Наталля", "Зміцер", "Ганна", "Павел" },
					new String[] { "Каліноўскі", "Быкаў", "Лукашэвіч", "Танк", "Брыль", "Барысевіч" },
					new String[] { "маці", "жонка", "сястра" }),
			new Nation("Polish", "+48 6",
					new String[] { "Krzysztof", "Agnieszka", "Łukasz", "Michał", "Zofia", "Paweł" },
					new String[] { "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Zieliński", "Szymańska" },
					new String[] { "matka", "żona", "brat" }),
			new Nation("American", "+1 512", new String[] { "James", "Emily", "Robert", "Sarah", "Michael", "Daniel" },
					new String[] { "Miller", "Johnson", "Walker", "Brooks", "Carter", "Hughes" },
					new String[] { "mother", "wife", "brother" }),
			new Nation("Georgian", "+995 5", new String[] { "Giorgi", "Nino", "Levan", "Davit", "Tamar", "Irakli" },
					new String[] { "Beridze", "Kapanadze", "Gelashvili", "Lomidze", "Tsiklauri", "Janelidze" },
					new String[] { "mother", "wife", "brother" }) };

	private DemoPeople() {
	}

	static IdentityDetails identity(Random random, LocalDate today) {
		Nation nation = NATIONS[weighted(random)];
		String name = pick(random, nation.first()) + " " + pick(random, nation.last());
		LocalDate born = today.minusYears(19 + random.nextInt(36)).minusDays(random.nextInt(365));
		String relative = pick(random, nation.relatives()) + " " + pick(random, nation.first()) + ", "
				+ phone(random, nation);
		return new IdentityDetails(name, born, nation.name(), phone(random, nation), relative, null);
	}

	private static int weighted(Random random) {
		int roll = random.nextInt(100);
		if (roll < 45) {
			return 0;
		}
		if (roll < 75) {
			return 1;
		}
		if (roll < 87) {
			return 2;
		}
		return (roll < 95) ? 3 : 4;
	}

	private static String phone(Random random, Nation nation) {
		return nation.phonePrefix() + " " + (100 + random.nextInt(900)) + " " + (1000 + random.nextInt(9000));
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
