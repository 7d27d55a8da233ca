/**
 * Given and family names grouped by language, so a generated person reads as one plausible name
 * ("Sofía Navarro", "Kenji Watanabe") rather than a random collage. A multinational's staff list
 * is international, hence the spread.
 */
export interface NameCulture {
  given: readonly string[];
  family: readonly string[];
}

export const NAME_CULTURES: readonly NameCulture[] = [
  {
    given: ['Sanne', 'Daan', 'Lotte', 'Joris', 'Femke', 'Bram', 'Anouk', 'Thijs', 'Eva', 'Ruben'],
    family: ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Mulder', 'de Graaf'],
  },
  {
    given: ['Lukas', 'Hannah', 'Jonas', 'Lea', 'Felix', 'Miriam', 'Tobias', 'Katrin', 'Jan'],
    family: ['Müller', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Richter', 'Wolf'],
  },
  {
    given: ['Camille', 'Julien', 'Élodie', 'Mathieu', 'Claire', 'Antoine', 'Manon', 'Hugo'],
    family: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Roux'],
  },
  {
    given: ['Sofía', 'Javier', 'Lucía', 'Diego', 'Carmen', 'Pablo', 'Marta', 'Alejandro'],
    family: ['García', 'Navarro', 'Romero', 'Ortega', 'Castillo', 'Herrera', 'Molina', 'Vidal'],
  },
  {
    given: ['Giulia', 'Matteo', 'Francesca', 'Luca', 'Chiara', 'Marco', 'Elena', 'Davide'],
    family: ['Rossi', 'Bianchi', 'Ferrari', 'Esposito', 'Ricci', 'Marino', 'Greco', 'Conti'],
  },
  {
    given: ['Katarzyna', 'Piotr', 'Agnieszka', 'Tomasz', 'Magdalena', 'Paweł', 'Zofia', 'Marek'],
    family: ['Nowak', 'Kowalska', 'Wiśniewski', 'Zielińska', 'Lewandowski', 'Kamińska'],
  },
  {
    given: ['Ingrid', 'Erik', 'Astrid', 'Magnus', 'Sigrid', 'Lars', 'Freja', 'Anders', 'Maja'],
    family: ['Johansson', 'Lindqvist', 'Nilsen', 'Andersen', 'Halvorsen', 'Berg', 'Lund'],
  },
  {
    given: ['Oliver', 'Charlotte', 'James', 'Amelia', 'Harry', 'Sophie', 'George', 'Emily'],
    family: ['Clarke', 'Hughes', 'Bennett', 'Whitfield', 'Turner', 'Edwards', 'Patel', 'Shaw'],
  },
  {
    given: ['Aoife', 'Cian', 'Niamh', 'Ciarán', 'Siobhán', 'Eoin', 'Róisín', 'Declan'],
    family: ["O'Brien", 'Murphy', 'Kelly', 'Byrne', 'Walsh', 'Doyle', 'Gallagher', 'Nolan'],
  },
  {
    given: ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Kavya', 'Vikram', 'Meera', 'Sanjay', 'Divya'],
    family: ['Sharma', 'Iyer', 'Reddy', 'Menon', 'Kapoor', 'Nair', 'Gupta', 'Bose'],
  },
  {
    given: ['Wei', 'Li Na', 'Jun', 'Mei', 'Hao', 'Xiaoyu', 'Chen', 'Yan'],
    family: ['Zhang', 'Wang', 'Liu', 'Chen', 'Huang', 'Zhou', 'Lin', 'Xu'],
  },
  {
    given: ['Yuki', 'Kenji', 'Aiko', 'Haruto', 'Sakura', 'Takeshi', 'Emi', 'Daichi'],
    family: ['Tanaka', 'Watanabe', 'Suzuki', 'Nakamura', 'Kobayashi', 'Sato', 'Yamamoto'],
  },
  {
    given: ['Seo-yeon', 'Min-jun', 'Ji-woo', 'Hyun-woo', 'Soo-ah', 'Dong-hyun'],
    family: ['Kim', 'Park', 'Lee', 'Choi', 'Jung', 'Kang'],
  },
  {
    given: ['Chiamaka', 'Emeka', 'Ngozi', 'Tunde', 'Adaeze', 'Oluwaseun', 'Funmilayo', 'Chidi'],
    family: ['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Okonkwo', 'Afolabi'],
  },
  {
    given: ['Amara', 'Kwame', 'Abena', 'Kofi', 'Esi', 'Yaw'],
    family: ['Mensah', 'Asante', 'Owusu', 'Boateng', 'Addo'],
  },
  {
    given: ['Beatriz', 'João', 'Mariana', 'Rafael', 'Larissa', 'Thiago', 'Fernanda', 'Gustavo'],
    family: ['Silva', 'Oliveira', 'Santos', 'Costa', 'Almeida', 'Ferreira', 'Carvalho'],
  },
  {
    given: ['Elif', 'Mehmet', 'Zeynep', 'Emre', 'Ayşe', 'Can', 'Defne', 'Burak'],
    family: ['Yılmaz', 'Demir', 'Kaya', 'Şahin', 'Öztürk', 'Aydın', 'Arslan'],
  },
  {
    given: ['Layla', 'Omar', 'Yasmin', 'Karim', 'Noor', 'Tariq', 'Rania', 'Samir'],
    family: ['Haddad', 'Khalil', 'Nasser', 'Mansour', 'Saleh', 'Farouk', 'Aziz'],
  },
  {
    given: ['Eleni', 'Nikos', 'Dimitra', 'Giorgos', 'Katerina', 'Yannis'],
    family: ['Papadopoulou', 'Georgiou', 'Nikolaidis', 'Konstantinou', 'Vlachos'],
  },
  {
    given: ['Linh', 'Minh', 'Thu', 'Quang', 'Hoa', 'Tuan'],
    family: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu'],
  },
  {
    given: ['Isabella', 'Mateo', 'Valentina', 'Santiago', 'Camila', 'Andrés'],
    family: ['Restrepo', 'Gómez', 'Vargas', 'Rojas', 'Mendoza', 'Salazar'],
  },
  {
    given: ['Mia', 'Ethan', 'Grace', 'Noah', 'Chloe', 'Lucas', 'Zoë', 'Samuel'],
    family: ['Thompson', 'Mitchell', 'Carter', 'Reyes', 'Brooks', 'Foster', 'Hayes'],
  },
];

/** Middle initials separate the rare repeated name in very large samples. */
export const MIDDLE_INITIALS = 'ABCDEFGHJKLMNPRSTVW';
