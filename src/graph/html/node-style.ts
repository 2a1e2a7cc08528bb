// One palette for every view of the graph: the standalone HTML page uses it directly and
// cypher/browser/style.grass repeats it for Neo4j Browser (a unit test keeps the two in step).

export const VIEWER_NODE_TYPES = ['Person', 'Organization', 'Location', 'Article', 'Quote'] as const;
export type ViewerNodeType = (typeof VIEWER_NODE_TYPES)[number];

export interface NodeStyle {
  /** Fill colour, #RRGGBB. */
  color: string;
  /** Outline colour, #RRGGBB. */
  border: string;
  /** Diameter in pixels at zoom 1. */
  diameter: number;
}

export const NODE_STYLES: Readonly<Record<ViewerNodeType, NodeStyle>> = {
  Person: { color: '#4C8EDA', border: '#2870C2', diameter: 64 },
  Organization: { color: '#F79767', border: '#F36924', diameter: 58 },
  Location: { color: '#57C785', border: '#36A35E', diameter: 52 },
  Article: { color: '#A5ABB6', border: '#808794', diameter: 40 },
  Quote: { color: '#E6C84A', border: '#C8A91F', diameter: 30 },
};
