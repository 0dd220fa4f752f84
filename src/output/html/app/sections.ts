import type { FrameworkFacts } from '../payload.js';

/** A framework's sections, nested as its requirements name them, in the framework's order. */
export interface SectionNode {
  name: string;
  /** Indices into the framework's requirements, this section's and its subsections'. */
  requirements: number[];
  /** Requirement indices directly in this section, and its subsections, where each first appears. */
  entries: (number | SectionNode)[];
  children: SectionNode[];
}

export function sectionTree(framework: FrameworkFacts): SectionNode {
  const root: SectionNode = { name: '', requirements: [], entries: [], children: [] };
  framework.requirements.forEach((requirement, index) => {
    let node = root;
    node.requirements.push(index);
    for (const name of requirement.section) {
      let child = node.children.find((candidate) => candidate.name === name);
      if (!child) {
        child = { name, requirements: [], entries: [], children: [] };
        node.children.push(child);
        node.entries.push(child);
      }
      node = child;
      node.requirements.push(index);
    }
    node.entries.push(index);
  });
  return root;
}
