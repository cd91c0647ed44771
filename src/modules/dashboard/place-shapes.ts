// The nine places of Cheshire and Merseyside as simplified shapes, drawn for the dashboard's map.
// It is a sketch, not a survey: the shapes keep the places' positions relative to each other and
// to the Mersey (Wirral across the river from Liverpool, Sefton to the north, Knowsley to the east,
// St Helens to the north-east, Halton astride the river to the south-east, Warrington beyond it,
// Cheshire West and Chester south of the Wirral and the river, Cheshire East to the south-east).
// Neighbouring places share their corner points, so their borders meet exactly.

import type { PlaceValue } from "../programme/index.js";

type Point = readonly [number, number];

const P = {
  // Sefton
  seftonNorth: [150, 20],
  seftonNorthEast: [240, 40],
  seftonEast: [262, 130],
  seftonKnowsleyLiverpool: [262, 180],
  seftonLiverpoolCoast: [178, 182],
  seftonWest: [132, 100],
  // Knowsley and Liverpool
  knowsleyNorth: [290, 140],
  knowsleyStHelensNorth: [345, 150],
  knowsleyStHelensHalton: [340, 292],
  knowsleyLiverpoolHalton: [298, 300],
  liverpoolEast: [275, 240],
  liverpoolSpeke: [292, 322],
  liverpoolRiverSouth: [244, 290],
  liverpoolRiverNorth: [204, 232],
  // St Helens and Warrington
  stHelensNorth: [368, 96],
  stHelensNorthEast: [452, 104],
  stHelensWarrington: [456, 226],
  stHelensWarringtonHalton: [402, 282],
  warringtonNorth: [548, 214],
  warringtonCheshireEast: [566, 300],
  warringtonCheshireEastWest: [500, 372],
  warringtonHaltonWest: [420, 368],
  // Halton
  haltonSouth: [398, 392],
  haltonRiverSouth: [318, 384],
  haltonRiverWest: [304, 346],
  // Wirral
  wirralNorthWest: [36, 214],
  wirralNorth: [104, 188],
  wirralNewBrighton: [170, 196],
  wirralBirkenhead: [186, 248],
  wirralEastham: [218, 322],
  wirralDeeSouth: [142, 348],
  wirralDeeCoast: [64, 284],
  // Cheshire West and Chester
  westEllesmerePort: [258, 358],
  westCheshireEastMiddle: [476, 452],
  westCheshireEastSouth: [452, 548],
  westSouth: [300, 556],
  westSouthWest: [186, 506],
  westWest: [112, 404],
  // Cheshire East
  eastNorth: [612, 286],
  eastNorthEast: [636, 330],
  eastEast: [630, 430],
  eastSouthEast: [596, 560],
  eastSouth: [470, 568],
} as const satisfies Record<string, Point>;

export type PointName = keyof typeof P;

export interface PlaceShape {
  outline: readonly PointName[];
  /** Where the label's centre sits. */
  label: Point;
  /** The name as it is broken over lines on the map. */
  lines: readonly string[];
}

export const PLACE_SHAPES: Record<PlaceValue, PlaceShape> = {
  SEFTON: {
    outline: [
      "seftonNorth",
      "seftonNorthEast",
      "seftonEast",
      "seftonKnowsleyLiverpool",
      "seftonLiverpoolCoast",
      "seftonWest",
    ],
    label: [200, 104],
    lines: ["Sefton"],
  },
  LIVERPOOL: {
    outline: [
      "seftonLiverpoolCoast",
      "seftonKnowsleyLiverpool",
      "liverpoolEast",
      "knowsleyLiverpoolHalton",
      "liverpoolSpeke",
      "liverpoolRiverSouth",
      "liverpoolRiverNorth",
    ],
    label: [234, 226],
    lines: ["Liverpool"],
  },
  KNOWSLEY: {
    outline: [
      "seftonKnowsleyLiverpool",
      "knowsleyNorth",
      "knowsleyStHelensNorth",
      "knowsleyStHelensHalton",
      "knowsleyLiverpoolHalton",
      "liverpoolEast",
    ],
    label: [308, 214],
    lines: ["Knowsley"],
  },
  ST_HELENS: {
    outline: [
      "knowsleyStHelensNorth",
      "stHelensNorth",
      "stHelensNorthEast",
      "stHelensWarrington",
      "stHelensWarringtonHalton",
      "knowsleyStHelensHalton",
    ],
    label: [400, 180],
    lines: ["St Helens"],
  },
  WARRINGTON: {
    outline: [
      "stHelensWarrington",
      "warringtonNorth",
      "warringtonCheshireEast",
      "warringtonCheshireEastWest",
      "warringtonHaltonWest",
      "stHelensWarringtonHalton",
    ],
    label: [492, 290],
    lines: ["Warrington"],
  },
  HALTON: {
    outline: [
      "knowsleyLiverpoolHalton",
      "knowsleyStHelensHalton",
      "stHelensWarringtonHalton",
      "warringtonHaltonWest",
      "haltonSouth",
      "haltonRiverSouth",
      "haltonRiverWest",
      "liverpoolSpeke",
    ],
    label: [358, 336],
    lines: ["Halton"],
  },
  WIRRAL: {
    outline: [
      "wirralNorthWest",
      "wirralNorth",
      "wirralNewBrighton",
      "wirralBirkenhead",
      "wirralEastham",
      "wirralDeeSouth",
      "wirralDeeCoast",
    ],
    label: [128, 262],
    lines: ["Wirral"],
  },
  CHESHIRE_WEST_AND_CHESTER: {
    outline: [
      "wirralDeeSouth",
      "wirralEastham",
      "westEllesmerePort",
      "haltonRiverSouth",
      "haltonSouth",
      "warringtonHaltonWest",
      "warringtonCheshireEastWest",
      "westCheshireEastMiddle",
      "westCheshireEastSouth",
      "westSouth",
      "westSouthWest",
      "westWest",
    ],
    label: [300, 462],
    lines: ["Cheshire West", "and Chester"],
  },
  CHESHIRE_EAST: {
    outline: [
      "warringtonCheshireEast",
      "eastNorth",
      "eastNorthEast",
      "eastEast",
      "eastSouthEast",
      "eastSouth",
      "westCheshireEastSouth",
      "westCheshireEastMiddle",
      "warringtonCheshireEastWest",
    ],
    label: [552, 462],
    lines: ["Cheshire East"],
  },
};

/** The Mersey estuary between the Wirral, Liverpool, Halton and the Cheshire shore. */
export const MERSEY: readonly PointName[] = [
  "seftonLiverpoolCoast",
  "liverpoolRiverNorth",
  "liverpoolRiverSouth",
  "liverpoolSpeke",
  "haltonRiverWest",
  "haltonRiverSouth",
  "westEllesmerePort",
  "wirralEastham",
  "wirralBirkenhead",
  "wirralNewBrighton",
];

/** An SVG path through the named points, closed. */
export const pathOf = (names: readonly PointName[]) =>
  `M${names.map((name) => `${P[name][0]},${P[name][1]}`).join(" L")} Z`;
