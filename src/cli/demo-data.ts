// The demo drive, modelled on the reference case in southern Aveyron.
// Prices are per step, in cents; steps are in grams, millilitres or pieces.

export type DemoProduct = {
  name: string;
  category: string;
  unit: "g" | "ml" | "piece";
  stepSize: number;
  priceCents: number;
  stock: number | null;
  permanent?: boolean;
  seasonal?: boolean;
  description?: string;
  /** Price or minimum for restaurants, processors and shops. */
  pro?: { priceCents?: number; minSteps?: number };
};

export type DemoProducer = {
  name: string;
  town: string;
  description: string;
  products: DemoProduct[];
};

export const demoProducers: DemoProducer[] = [
  {
    name: "Ferme du Causse Rouge",
    town: "Saint-Affrique",
    description: "Maraîchage bio en plein champ et sous serre.",
    products: [
      {
        name: "Carottes des sables",
        category: "Légumes",
        unit: "g",
        stepSize: 1000,
        priceCents: 260,
        stock: 60,
      },
      {
        name: "Poireaux",
        category: "Légumes",
        unit: "g",
        stepSize: 1000,
        priceCents: 350,
        stock: 40,
        seasonal: true,
      },
      {
        name: "Pommes de terre Monalisa",
        category: "Légumes",
        unit: "g",
        stepSize: 2000,
        priceCents: 480,
        stock: 50,
        pro: { priceCents: 400, minSteps: 5 },
      },
      {
        name: "Courge butternut",
        category: "Légumes",
        unit: "piece",
        stepSize: 1,
        priceCents: 300,
        stock: 30,
        seasonal: true,
      },
      {
        name: "Salade batavia",
        category: "Légumes",
        unit: "piece",
        stepSize: 1,
        priceCents: 150,
        stock: 45,
      },
      {
        name: "Mâche",
        category: "Légumes",
        unit: "g",
        stepSize: 250,
        priceCents: 380,
        stock: 20,
        seasonal: true,
      },
      {
        name: "Oignons doux",
        category: "Légumes",
        unit: "g",
        stepSize: 1000,
        priceCents: 340,
        stock: 30,
      },
      {
        name: "Botte de radis",
        category: "Légumes",
        unit: "piece",
        stepSize: 1,
        priceCents: 180,
        stock: 25,
      },
    ],
  },
  {
    name: "Bergerie de la Sorgues",
    town: "Vabres-l’Abbaye",
    description: "Brebis laitières, fromages au lait cru.",
    products: [
      {
        name: "Tomme de brebis",
        category: "Fromages",
        unit: "g",
        stepSize: 250,
        priceCents: 550,
        stock: 40,
      },
      {
        name: "Pérail",
        category: "Fromages",
        unit: "piece",
        stepSize: 1,
        priceCents: 420,
        stock: 60,
        pro: { priceCents: 360, minSteps: 10 },
      },
      {
        name: "Yaourts de brebis nature (x4)",
        category: "Produits laitiers",
        unit: "piece",
        stepSize: 1,
        priceCents: 380,
        stock: 50,
      },
      {
        name: "Faisselle de brebis",
        category: "Produits laitiers",
        unit: "piece",
        stepSize: 1,
        priceCents: 290,
        stock: 30,
      },
      {
        name: "Recuite",
        category: "Produits laitiers",
        unit: "g",
        stepSize: 500,
        priceCents: 450,
        stock: 15,
      },
    ],
  },
  {
    name: "Le Fournil de Roquefort",
    town: "Roquefort-sur-Soulzon",
    description: "Pain au levain, farines de la vallée, four à bois.",
    products: [
      {
        name: "Pain de campagne au levain",
        category: "Boulangerie",
        unit: "g",
        stepSize: 1000,
        priceCents: 650,
        stock: 40,
      },
      {
        name: "Pain aux noix",
        category: "Boulangerie",
        unit: "g",
        stepSize: 500,
        priceCents: 480,
        stock: 25,
      },
      {
        name: "Croustade aux pommes",
        category: "Boulangerie",
        unit: "piece",
        stepSize: 1,
        priceCents: 1200,
        stock: 10,
      },
      {
        name: "Fouace aveyronnaise",
        category: "Boulangerie",
        unit: "piece",
        stepSize: 1,
        priceCents: 900,
        stock: 15,
      },
      {
        name: "Farine de blé T80",
        category: "Épicerie",
        unit: "g",
        stepSize: 1000,
        priceCents: 290,
        stock: null,
        permanent: true,
      },
    ],
  },
  {
    name: "Volailles du Lévézou",
    town: "Salles-Curan",
    description: "Volailles fermières élevées en plein air.",
    products: [
      {
        name: "Poulet fermier entier",
        category: "Viandes",
        unit: "piece",
        stepSize: 1,
        priceCents: 1850,
        stock: 20,
      },
      {
        name: "Œufs plein air (x6)",
        category: "Œufs",
        unit: "piece",
        stepSize: 1,
        priceCents: 300,
        stock: 80,
        pro: { priceCents: 260, minSteps: 10 },
      },
      {
        name: "Cuisses de canard confites (x2)",
        category: "Viandes",
        unit: "piece",
        stepSize: 1,
        priceCents: 1400,
        stock: null,
        permanent: true,
      },
      {
        name: "Terrine de campagne",
        category: "Épicerie",
        unit: "g",
        stepSize: 180,
        priceCents: 590,
        stock: null,
        permanent: true,
      },
    ],
  },
  {
    name: "Domaine des Vignes du Tarn",
    town: "Broquiès",
    description: "Vins des Côtes de Millau, vendanges à la main.",
    products: [
      {
        name: "Côtes de Millau rouge",
        category: "Boissons",
        unit: "ml",
        stepSize: 750,
        priceCents: 950,
        stock: null,
        permanent: true,
      },
      {
        name: "Côtes de Millau rosé",
        category: "Boissons",
        unit: "ml",
        stepSize: 750,
        priceCents: 850,
        stock: null,
        permanent: true,
      },
      {
        name: "Jus de raisin",
        category: "Boissons",
        unit: "ml",
        stepSize: 1000,
        priceCents: 450,
        stock: 30,
      },
    ],
  },
  {
    name: "Vergers de la Muse",
    town: "Saint-Rome-de-Tarn",
    description: "Pommes, poires et jus, en conversion bio.",
    products: [
      {
        name: "Pommes reinette",
        category: "Fruits",
        unit: "g",
        stepSize: 1000,
        priceCents: 320,
        stock: 80,
        seasonal: true,
      },
      {
        name: "Poires conférence",
        category: "Fruits",
        unit: "g",
        stepSize: 1000,
        priceCents: 380,
        stock: 40,
        seasonal: true,
      },
      {
        name: "Jus de pomme",
        category: "Boissons",
        unit: "ml",
        stepSize: 1000,
        priceCents: 400,
        stock: 60,
        pro: { priceCents: 330, minSteps: 6 },
      },
      {
        name: "Compote pomme-coing",
        category: "Épicerie",
        unit: "g",
        stepSize: 350,
        priceCents: 420,
        stock: null,
        permanent: true,
      },
      { name: "Noix", category: "Fruits", unit: "g", stepSize: 500, priceCents: 600, stock: 30 },
    ],
  },
  {
    name: "Rucher des Raspes",
    town: "Brousse-le-Château",
    description: "Miels de montagne et de châtaignier.",
    products: [
      {
        name: "Miel toutes fleurs",
        category: "Épicerie",
        unit: "g",
        stepSize: 500,
        priceCents: 900,
        stock: null,
        permanent: true,
      },
      {
        name: "Miel de châtaignier",
        category: "Épicerie",
        unit: "g",
        stepSize: 500,
        priceCents: 1000,
        stock: null,
        permanent: true,
      },
      {
        name: "Pain d’épices",
        category: "Épicerie",
        unit: "g",
        stepSize: 300,
        priceCents: 650,
        stock: 20,
      },
    ],
  },
  {
    name: "Élevage de l’Aubrac",
    town: "Laguiole",
    description: "Bœuf de race Aubrac, colis et pièces au détail.",
    products: [
      {
        name: "Steak haché (x2)",
        category: "Viandes",
        unit: "piece",
        stepSize: 1,
        priceCents: 650,
        stock: 40,
      },
      {
        name: "Rôti de bœuf",
        category: "Viandes",
        unit: "g",
        stepSize: 1000,
        priceCents: 2800,
        stock: 10,
      },
      {
        name: "Saucisse de bœuf",
        category: "Viandes",
        unit: "g",
        stepSize: 500,
        priceCents: 1100,
        stock: 20,
      },
      {
        name: "Aligot (pour 2)",
        category: "Plats cuisinés",
        unit: "piece",
        stepSize: 1,
        priceCents: 850,
        stock: 25,
      },
    ],
  },
  {
    name: "Moulin de Camarès",
    town: "Camarès",
    description: "Huiles et légumineuses du Rougier.",
    products: [
      {
        name: "Lentilles vertes",
        category: "Épicerie",
        unit: "g",
        stepSize: 500,
        priceCents: 420,
        stock: null,
        permanent: true,
      },
      {
        name: "Pois chiches",
        category: "Épicerie",
        unit: "g",
        stepSize: 500,
        priceCents: 390,
        stock: null,
        permanent: true,
      },
      {
        name: "Huile de tournesol",
        category: "Épicerie",
        unit: "ml",
        stepSize: 1000,
        priceCents: 780,
        stock: null,
        permanent: true,
      },
      {
        name: "Huile de noix",
        category: "Épicerie",
        unit: "ml",
        stepSize: 250,
        priceCents: 890,
        stock: 15,
      },
    ],
  },
];

export type DemoCustomer = {
  telegramId: bigint;
  firstName: string;
  crateName: string;
  kind: "household" | "processor" | "restaurant" | "shop";
};

// Telegram ids of demo customers are far below real ones, so they never clash.
export const demoCustomers: DemoCustomer[] = [
  {
    telegramId: 9_000_001n,
    firstName: "Camille",
    crateName: "Camille Bousquet",
    kind: "household",
  },
  { telegramId: 9_000_002n, firstName: "Julien", crateName: "Julien Vernhet", kind: "household" },
  { telegramId: 9_000_003n, firstName: "Marie", crateName: "Marie Carles", kind: "household" },
  {
    telegramId: 9_000_004n,
    firstName: "Auberge",
    crateName: "Auberge du Pont-Vieux",
    kind: "restaurant",
  },
  {
    telegramId: 9_000_005n,
    firstName: "Cantine",
    crateName: "Cantine de l’école Jean-Jaurès",
    kind: "restaurant",
  },
  { telegramId: 9_000_006n, firstName: "Épicerie", crateName: "Épicerie La Cabane", kind: "shop" },
  {
    telegramId: 9_000_007n,
    firstName: "Conserverie",
    crateName: "Conserverie des Causses",
    kind: "processor",
  },
];

export const demoPickupPoint = {
  name: "Local de la mairie",
  address: "Place de la Mairie, 12400 Saint-Affrique",
  slotMinutes: 60,
};
